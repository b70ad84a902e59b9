using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lottery.Tests.Shared;

/// <summary>
/// A temporary folder of small dataset files (IDX, CIFAR binary, .npy) written by a test, deleted with it. Shared by
/// the dataset plugin's tests and the host's bad-input tests (tests/Shared, linked into both projects).
/// </summary>
public sealed class DataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("data-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>The bytes of an IDX file: magic (0, 0, type, rank), big-endian dimensions, then the data.</summary>
    public static byte[] Idx(int[] dimensions, byte[] data, byte type = 0x08)
    {
        var bytes = new byte[4 + 4 * dimensions.Length + data.Length];
        bytes[2] = type;
        bytes[3] = (byte)dimensions.Length;
        for (var i = 0; i < dimensions.Length; i++) BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * i), dimensions[i]);
        data.CopyTo(bytes, 4 + 4 * dimensions.Length);
        return bytes;
    }

    /// <summary>A version-1 .npy file: magic, version, header length, the header dict padded to 64 bytes, the data.</summary>
    public static byte[] Npy(string descr, long[] shape, byte[] data)
    {
        var dict = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': ({string.Join(", ", shape)}{(shape.Length == 1 ? "," : "")}), }}";
        var padded = dict.PadRight((10 + dict.Length + 1 + 63) / 64 * 64 - 10 - 1) + "\n";
        var header = Encoding.ASCII.GetBytes(padded);
        return [0x93, .. "NUMPY"u8, 1, 0, (byte)(header.Length & 0xff), (byte)(header.Length >> 8), .. header, .. data];
    }

    /// <summary>Writes a file at name (which may hold subfolders) under the folder, gzip-compressed when asked.</summary>
    public string Write(string name, byte[] content, bool gzip = false)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (gzip)
        {
            using var file = File.Create(path);
            using var zip = new GZipStream(file, CompressionLevel.Fastest);
            zip.Write(content);
        }
        else
        {
            File.WriteAllBytes(path, content);
        }
        return path;
    }

    /// <summary>A split named as (Fashion-)MNIST names it ("train", "t10k"): images (N, H, W) and labels, gzip (.gz) or plain.</summary>
    public void WriteSplit(string split, int height, int width, byte[] pixels, byte[] labels, bool gzip = true)
    {
        var suffix = gzip ? ".gz" : "";
        Write($"{split}-images-idx3-ubyte{suffix}", Idx([labels.Length, height, width], pixels), gzip);
        Write($"{split}-labels-idx1-ubyte{suffix}", Idx([labels.Length], labels), gzip);
    }
}
