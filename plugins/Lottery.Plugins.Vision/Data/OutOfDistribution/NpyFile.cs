using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lottery.Torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// The header of a NumPy .npy file (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html): the
/// magic "\x93NUMPY", a version, the header length (2 bytes in version 1, 4 in versions 2 and 3, little-endian),
/// then a Python dict literal giving the element type ('descr'), the order and the shape; the data follows.
/// Only C-order arrays of little-endian or single-byte integers occur in the CIFAR-C files. Whatever a file holds,
/// <see cref="Open"/> returns a header whose shape fits the file or throws <see cref="InvalidDataException"/> naming it.
/// </summary>
public sealed partial record NpyFile(string Path, string Descr, long[] Shape, long DataOffset)
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Bytes per element, from the type ('|u1', '&lt;i8', ...).</summary>
    public int ElementSize => int.Parse(Descr[2..], CultureInfo.InvariantCulture);

    /// <summary>Bytes of one entry of the first dimension (one image, one label).</summary>
    public long RowBytes => Shape.Skip(1).Aggregate((long)ElementSize, (product, dimension) => product * dimension);

    public static NpyFile Open(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($".npy file not found: {path}", path);
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[10];
        if (stream.Read(start) < 10 || !start[..6].SequenceEqual(Magic)) throw Bad(path, "does not start with the .npy magic \\x93NUMPY");
        var major = start[6];
        long length;
        int offset;
        if (major == 1)
        {
            (length, offset) = (BinaryPrimitives.ReadUInt16LittleEndian(start[8..]), 10);
        }
        else if (major is 2 or 3)
        {
            Span<byte> more = stackalloc byte[2];
            if (stream.Read(more) < 2) throw Bad(path, "is truncated within its header");
            (length, offset) = (BinaryPrimitives.ReadUInt32LittleEndian([.. start[8..], .. more]), 12);
        }
        else
        {
            throw Bad(path, $"has format version {major}, expected 1, 2 or 3");
        }
        if (offset + length > stream.Length) throw Bad(path, $"is truncated: its header needs {offset + length} bytes, the file has {stream.Length}");
        var header = new byte[length];
        stream.Position = offset;
        stream.ReadExactly(header);
        var file = Parse(path, Encoding.Latin1.GetString(header), offset + length);
        // Checked here rather than when rows are read, so a cut-short download fails before anything trains, and no
        // row is ever allocated for from a shape the file does not hold.
        var dataBytes = ShapeSize.BytesOf(file.ElementSize, file.Shape)
            ?? throw Bad(path, $"has shape ({string.Join(", ", file.Shape)}) of '{file.Descr}', too large to address");
        if (dataBytes > stream.Length - file.DataOffset)
        {
            throw Bad(path, $"is truncated: its header says shape ({string.Join(", ", file.Shape)}) of '{file.Descr}', {dataBytes} data bytes, but the file holds {stream.Length - file.DataOffset}");
        }
        return file;
    }

    /// <summary>The raw bytes of entries start .. start + count of the first dimension.</summary>
    public byte[] ReadRows(long start, long count)
    {
        if (start < 0 || count < 0 || start + count > Shape[0]) throw new ArgumentOutOfRangeException(nameof(count), $"rows {start}..{start + count} are outside the {Shape[0]} of {Path}");
        var bytes = new byte[checked(RowBytes * count)];
        using var stream = File.OpenRead(Path);
        stream.Position = DataOffset + start * RowBytes;
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Entries start .. start + count of a 1-D integer array (labels), as int64.</summary>
    public long[] ReadIntegers(long start, long count)
    {
        if (Shape.Length != 1) throw Bad(Path, $"has shape ({string.Join(", ", Shape)}), expected one dimension of labels");
        var bytes = ReadRows(start, count);
        var size = ElementSize;
        return Enumerable.Range(0, (int)count).Select(i => (Descr[1], size) switch
        {
            ('u', 1) => bytes[i],
            ('i', 1) => (sbyte)bytes[i],
            ('i', 2) => BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(i * 2)),
            ('i', 4) => BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(i * 4)),
            ('i', 8) => BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(i * 8)),
            _ => throw Bad(Path, $"holds '{Descr}', expected integer labels (u1, i1, i2, i4 or i8)"),
        }).ToArray();
    }

    private static NpyFile Parse(string path, string header, long dataOffset)
    {
        var descr = DescrEntry().Match(header);
        var order = OrderEntry().Match(header);
        var shape = ShapeEntry().Match(header);
        if (!descr.Success || !order.Success || !shape.Success) throw Bad(path, $"has a header without descr, fortran_order and shape: {header.Trim()}");
        if (order.Groups[1].Value == "True") throw Bad(path, "is in Fortran order; expected C order");
        var type = descr.Groups[1].Value;
        if (type.Length < 3 || type[0] is not ('<' or '|') || type[1] is not ('u' or 'i') || type[2..] is not ("1" or "2" or "4" or "8"))
        {
            throw Bad(path, $"holds '{type}', expected little-endian or single-byte integers of 1, 2, 4 or 8 bytes");
        }
        var dimensions = shape.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => long.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var dimension)
                ? dimension
                : throw Bad(path, $"has shape ({shape.Groups[1].Value}), whose dimension '{d}' is not a non-negative integer"))
            .ToArray();
        // Every reader indexes the first dimension (images, labels); a 0-d array is not a data set.
        if (dimensions.Length == 0) throw Bad(path, "holds a 0-dimensional array, expected at least one dimension");
        return new NpyFile(path, type, dimensions, dataOffset);
    }

    private static InvalidDataException Bad(string path, string problem) => new($".npy file {path} {problem}");

    [GeneratedRegex(@"'descr'\s*:\s*'([^']*)'")]
    private static partial Regex DescrEntry();

    [GeneratedRegex(@"'fortran_order'\s*:\s*(True|False)")]
    private static partial Regex OrderEntry();

    [GeneratedRegex(@"'shape'\s*:\s*\(([^)]*)\)")]
    private static partial Regex ShapeEntry();
}
