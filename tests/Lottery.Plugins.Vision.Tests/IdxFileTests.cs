using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>The IDX reader on small files written here, plain and gzip-compressed, good and broken.</summary>
public sealed class IdxFileTests : IDisposable
{
    private readonly DataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_dimensions_and_data(bool gzip)
    {
        var data = Enumerable.Range(0, 2 * 3 * 2).Select(i => (byte)(i * 10)).ToArray();
        var path = folder.Write(gzip ? "images.gz" : "images", DataFolder.Idx([2, 3, 2], data), gzip);
        var idx = IdxFile.Read(path);
        Assert.Equal(new[] { 2, 3, 2 }, idx.Dimensions);
        Assert.Equal(data, idx.Data);
    }

    [Fact]
    public void Truncated_data_names_the_file_and_the_shortfall()
    {
        var path = folder.Write("short.gz", DataFolder.Idx([4, 2, 2], new byte[10]), gzip: true);
        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Read(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
        Assert.Contains("got 10 of 16 bytes", error.Message);
    }

    [Fact]
    public void Bad_magic_and_non_byte_types_are_rejected()
    {
        var floats = folder.Write("floats", DataFolder.Idx([2], new byte[8], type: 0x0D));
        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Read(floats));
        Assert.Contains("bad magic 00000D01", error.Message);
        var text = folder.Write("text", "hello world"u8.ToArray());
        Assert.Contains(text, Assert.Throws<InvalidDataException>(() => IdxFile.Read(text)).Message);
    }

    [Fact]
    public void A_corrupt_gzip_stream_names_the_file()
    {
        var bytes = new byte[64];
        new Random(1).NextBytes(bytes);
        bytes[0] = 0x1f;
        bytes[1] = 0x8b;
        var path = folder.Write("corrupt.gz", bytes);
        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Read(path));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var path = Path.Combine(folder.Path, "absent.gz");
        Assert.Contains(path, Assert.Throws<FileNotFoundException>(() => IdxFile.Read(path)).Message);
    }
}
