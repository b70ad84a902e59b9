using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data;
using Lottery.Plugins.Vision.Data.OutOfDistribution;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>
/// The CIFAR-10-C / CIFAR-100-C loader on small .npy files in the same layout: 5 severities x 3 images of 4x4 RGB
/// (NHWC); every value of image i of severity s in corruption file f is 50*f + 10*s + i.
/// </summary>
public sealed class CorruptedFilesTests : IDisposable
{
    private const int PerSeverity = 3, Side = 4;
    private static readonly ImageNormalization Identity = new([0, 0, 0], [1, 1, 1]);

    private readonly DataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static byte Value(int file, int severity, int image) => (byte)(50 * file + 10 * severity + image);

    private void WriteCorruption(string name, int file) =>
        folder.Write($"{name}.npy", DataFolder.Npy("|u1", [5 * PerSeverity, Side, Side, 3],
            Enumerable.Range(1, 5).SelectMany(s => Enumerable.Range(0, PerSeverity).SelectMany(i => Enumerable.Repeat(Value(file, s, i), Side * Side * 3))).ToArray()));

    private void WriteLabels(int count) =>
        folder.Write(CorruptedFiles.LabelsFile, DataFolder.Npy("<i8", [count], Enumerable.Range(0, count).SelectMany(i => BitConverter.GetBytes((long)(i % PerSeverity + 1))).ToArray()));

    private Dictionary<string, IBatchSource> Load(OutOfDistributionOptions options) =>
        CorruptedFiles.Load(options, [3, Side, Side], Identity, new DatasetRequest(CPU, 0));

    [Fact]
    public void Each_corruption_file_gives_one_set_per_severity_with_its_block_of_images_and_labels()
    {
        WriteCorruption("fog", 0);
        WriteCorruption("snow", 1);
        WriteLabels(5 * PerSeverity);
        using var scope = NewDisposeScope();
        var sets = Load(new OutOfDistributionOptions { CorruptedDirectory = folder.Path });
        Assert.Equal(Enumerable.Range(1, 5).SelectMany(s => new[] { $"fog/{s}", $"snow/{s}" }).Order(), sets.Keys.Order());
        var batch = sets["snow/4"].Batches(10).Single();
        Assert.Equal(new long[] { PerSeverity, 3, Side, Side }, batch.Inputs.shape);
        // Normalised from bytes (identity statistics: pixel / 255), in NCHW.
        var firstPixels = batch.Inputs.flatten(1).select(1, 0).mul(255).round().to(int64).data<long>();
        Assert.Equal(Enumerable.Range(0, PerSeverity).Select(i => (long)Value(1, 4, i)), firstPixels);
        Assert.Equal(new long[] { 1, 2, 3 }, batch.Labels.data<long>());
        foreach (var set in sets.Values) ((IDisposable)set).Dispose();
    }

    [Fact]
    public void Named_corruptions_severities_and_an_image_count_select_what_is_read()
    {
        WriteCorruption("fog", 0);
        WriteCorruption("snow", 1);
        // One severity's labels serve all five.
        WriteLabels(PerSeverity);
        using var scope = NewDisposeScope();
        var sets = Load(new OutOfDistributionOptions { CorruptedDirectory = folder.Path, Corruptions = ["fog"], Severities = [5, 2], CorruptedImages = 2 });
        Assert.Equal(new[] { "fog/2", "fog/5" }, sets.Keys.Order());
        var batch = sets["fog/5"].Batches(10).Single();
        Assert.Equal(2, batch.Inputs.shape[0]);
        Assert.Equal(Value(0, 5, 1), (byte)Math.Round(batch.Inputs[1].flatten()[0].item<float>() * 255));
        Assert.Equal(new long[] { 1, 2 }, batch.Labels.data<long>());
        foreach (var set in sets.Values) ((IDisposable)set).Dispose();
    }

    [Fact]
    public void Images_of_another_size_or_a_missing_labels_file_are_errors_naming_the_file()
    {
        WriteCorruption("fog", 0);
        var missing = Assert.Throws<FileNotFoundException>(() => Load(new OutOfDistributionOptions { CorruptedDirectory = folder.Path }));
        Assert.Contains(CorruptedFiles.LabelsFile, missing.Message);
        WriteLabels(5 * PerSeverity);
        var wrong = Assert.Throws<InvalidDataException>(() =>
            CorruptedFiles.Load(new OutOfDistributionOptions { CorruptedDirectory = folder.Path }, [3, 32, 32], Identity, new DatasetRequest(CPU, 0)));
        Assert.Contains("fog.npy", wrong.Message);
    }

    [Fact]
    public void Npy_headers_of_version_1_are_parsed()
    {
        var path = folder.Write("x.npy", DataFolder.Npy("<i4", [2], [1, 0, 0, 0, 255, 255, 255, 255]));
        var file = NpyFile.Open(path);
        Assert.Equal(new long[] { 2 }, file.Shape);
        Assert.Equal(0, file.DataOffset % 64);
        Assert.Equal(new long[] { 1, -1 }, file.ReadIntegers(0, 2));
    }
}
