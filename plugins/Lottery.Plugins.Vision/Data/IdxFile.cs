using System.Buffers.Binary;
using System.IO.Compression;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The IDX format of MNIST and Fashion-MNIST: a big-endian magic number (two zero bytes, a type code,
/// the number of dimensions), the dimensions as big-endian int32, then the elements. Only unsigned
/// bytes (type 0x08) occur in these datasets. Files may be gzip-compressed (.gz).
/// </summary>
public sealed record IdxFile(int[] Dimensions, byte[] Data)
{
    private const byte UnsignedByteType = 0x08;

    private const int InitialDataBuffer = 1 << 20;

    public static IdxFile Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"IDX file not found: {path}", path);
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var buffered = new BufferedStream(stream, 1 << 20);
        try
        {
            return Parse(buffered, path);
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith("IDX file", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"IDX file {path} is corrupt: {e.Message}", e);
        }
    }

    private static IdxFile Parse(Stream stream, string path)
    {
        Span<byte> header = stackalloc byte[4];
        ReadExactly(stream, header, path, "the 4-byte magic number");
        if (header[0] != 0 || header[1] != 0 || header[2] != UnsignedByteType || header[3] is 0 or > 4)
        {
            throw new InvalidDataException(
                $"IDX file {path}: bad magic {Convert.ToHexString(header)}; expected 000008 followed by 1-4 dimensions (unsigned bytes)");
        }
        var dimensions = new int[header[3]];
        long count = 1;
        for (var i = 0; i < dimensions.Length; i++)
        {
            ReadExactly(stream, header, path, $"dimension {i}");
            dimensions[i] = BinaryPrimitives.ReadInt32BigEndian(header);
            if (dimensions[i] <= 0) throw new InvalidDataException($"IDX file {path}: dimension {i} is {dimensions[i]}, expected > 0");
            // Checked as it grows: four dimensions of up to 2^31 overflow a long.
            count = Math.Min(count * dimensions[i], (long)int.MaxValue + 1);
        }
        if (count > int.MaxValue) throw new InvalidDataException($"IDX file {path}: dimensions [{string.Join(", ", dimensions)}] hold more than {int.MaxValue} elements, more than this reader supports");
        return new IdxFile(dimensions, ReadData(stream, (int)count, path, dimensions));
    }

    /// <summary>
    /// The count elements after the header. The header's count is not trusted with an allocation (a gzip stream's
    /// length is unknown until it ends): the buffer grows with the bytes that arrive, to at most twice what the file holds.
    /// </summary>
    private static byte[] ReadData(Stream stream, int count, string path, int[] dimensions)
    {
        var data = new byte[Math.Min(count, InitialDataBuffer)];
        var total = 0;
        while (total < count)
        {
            if (total == data.Length) Array.Resize(ref data, (int)Math.Min(count, 2L * data.Length));
            var read = stream.Read(data, total, data.Length - total);
            if (read == 0)
            {
                throw new InvalidDataException(
                    $"IDX file {path} is truncated: expected {count} data bytes for dimensions [{string.Join(", ", dimensions)}], got {total} of {count} bytes");
            }
            total += read;
        }
        return data;
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer, string path, string what)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer[total..]);
            if (read == 0)
            {
                throw new InvalidDataException($"IDX file {path} is truncated: expected {what}, got {total} of {buffer.Length} bytes");
            }
            total += read;
        }
    }
}
