using System.Buffers.Binary;
using System.IO.Compression;
using Lottery.Host.Data;

namespace Lottery.Host.Tests;

/// <summary>The IDX reader on small files written here, plain and gzip-compressed, good and broken.</summary>
public sealed class IdxFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("idx-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static byte[] Idx(int[] dimensions, byte[] data, byte type = 0x08)
    {
        var bytes = new byte[4 + 4 * dimensions.Length + data.Length];
        bytes[2] = type;
        bytes[3] = (byte)dimensions.Length;
        for (var i = 0; i < dimensions.Length; i++) BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * i), dimensions[i]);
        data.CopyTo(bytes, 4 + 4 * dimensions.Length);
        return bytes;
    }

    private string Write(string name, byte[] content, bool gzip = false)
    {
        var path = Path.Combine(directory, name);
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_dimensions_and_data(bool gzip)
    {
        var data = Enumerable.Range(0, 2 * 3 * 2).Select(i => (byte)(i * 10)).ToArray();
        var path = Write(gzip ? "images.gz" : "images", Idx([2, 3, 2], data), gzip);
        var idx = IdxFile.Read(path);
        Assert.Equal(new[] { 2, 3, 2 }, idx.Dimensions);
        Assert.Equal(data, idx.Data);
    }

    [Fact]
    public void Truncated_data_names_the_file_and_the_shortfall()
    {
        var path = Write("short.gz", Idx([4, 2, 2], new byte[10]), gzip: true);
        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Read(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
        Assert.Contains("got 10 of 16 bytes", error.Message);
    }

    [Fact]
    public void Bad_magic_and_non_byte_types_are_rejected()
    {
        var floats = Write("floats", Idx([2], new byte[8], type: 0x0D));
        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Read(floats));
        Assert.Contains("bad magic 00000D01", error.Message);
        var text = Write("text", "hello world"u8.ToArray());
        Assert.Contains(text, Assert.Throws<InvalidDataException>(() => IdxFile.Read(text)).Message);
    }

    [Fact]
    public void A_corrupt_gzip_stream_names_the_file()
    {
        var bytes = new byte[64];
        new Random(1).NextBytes(bytes);
        bytes[0] = 0x1f;
        bytes[1] = 0x8b;
        var path = Write("corrupt.gz", bytes);
        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Read(path));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var path = Path.Combine(directory, "absent.gz");
        Assert.Contains(path, Assert.Throws<FileNotFoundException>(() => IdxFile.Read(path)).Message);
    }

    [Fact]
    public void Labels_out_of_range_and_missing_folders_are_clear_errors()
    {
        Write("train-images-idx3-ubyte.gz", Idx([2, 2, 2], new byte[8]), gzip: true);
        Write("train-labels-idx1-ubyte.gz", Idx([2], [3, 12]), gzip: true);
        var error = Assert.Throws<InvalidDataException>(() => FashionMnist.LoadTrain(directory));
        Assert.Contains("label 12 at index 1 is outside 0..9", error.Message);
        var missing = Assert.Throws<DirectoryNotFoundException>(() => FashionMnist.LoadTrain(Path.Combine(directory, "nope")));
        Assert.Contains("dataset-fashion-mnist", missing.Message);
    }

    [Fact]
    public void Small_files_load_as_normalised_images_and_int64_labels()
    {
        Write("t10k-images-idx3-ubyte.gz", Idx([2, 1, 2], [0, 255, 51, 102]), gzip: true);
        Write("t10k-labels-idx1-ubyte.gz", Idx([2], [7, 0]), gzip: true);
        using var scope = NewDisposeScope();
        using var test = FashionMnist.LoadTest(directory);
        Assert.Equal(new long[] { 2, 1, 1, 2 }, test.Images.shape);
        Assert.Equal(new long[] { 7, 0 }, test.Labels.data<long>());
        var expected = new[] { 0.0, 1.0, 0.2, 0.4 }.Select(v => (float)((v - FashionMnist.Mean) / FashionMnist.Std)).ToArray();
        var actual = test.Images.data<float>();
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 4);
    }
}
