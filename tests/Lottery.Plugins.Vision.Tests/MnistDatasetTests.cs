using System.ComponentModel.DataAnnotations;
using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>
/// The <c>mnist</c> dataset on small files, plain or gzip-compressed: 12 training images of 2x3 whose pixel
/// (y, x) of image i is 20*i + 3*y + x with label i % 10, and 3 test images.
/// </summary>
public sealed class MnistDatasetTests : IDisposable
{
    private const int TrainCount = 12;
    private static readonly byte[] TestLabels = [4, 9, 0];

    private readonly DataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static byte Pixel(int image, int y, int x) => (byte)(20 * image + 3 * y + x);

    private static byte[] Pixels(int count) =>
        Enumerable.Range(0, count).SelectMany(i => Enumerable.Range(0, 6).Select(p => Pixel(i, p / 3, p % 3))).ToArray();

    private void WriteFiles(bool gzip)
    {
        folder.WriteSplit("train", 2, 3, Pixels(TrainCount), Enumerable.Range(0, TrainCount).Select(i => (byte)(i % 10)).ToArray(), gzip);
        folder.WriteSplit("t10k", 2, 3, Pixels(TestLabels.Length), TestLabels, gzip);
    }

    private DatasetSplits Load(ulong seed = 3, string? directory = null) =>
        new MnistDataset(new FolderDatasetOptions { Directory = directory ?? folder.Path, ValidationSize = 4 }).Load(new DatasetRequest(CPU, seed));

    /// <summary>The raw pixel bytes of a split, recovered from its normalised images.</summary>
    private static byte[] RawPixels(IBatchSource split)
    {
        using var scope = NewDisposeScope();
        return ((InMemoryImageSource)split).Images.mul(0.3081).add(0.1307).mul(255).round().to(uint8).data<byte>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_plain_and_gzip_files_with_the_mnist_statistics(bool gzip)
    {
        WriteFiles(gzip);
        using var splits = Load();
        Assert.Equal(new long[] { 1, 2, 3 }, splits.InputShape);
        Assert.Equal(10, splits.Classes);
        Assert.Equal((8, 4, 3), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        var test = (InMemoryImageSource)splits.Test;
        Assert.Equal(new long[] { 3, 1, 2, 3 }, test.Images.shape);
        Assert.Equal(Pixels(TestLabels.Length), RawPixels(splits.Test));
        Assert.Equal(TestLabels.Select(l => (long)l), test.Labels.data<long>());
        var expected = (float)((Pixel(2, 1, 2) / 255.0 - 0.1307) / 0.3081);
        using var scope = NewDisposeScope();
        Assert.Equal(expected, test.Images[2][0][1][2].item<float>(), 5);
    }

    [Fact]
    public void Train_and_validation_partition_the_training_images_by_the_seed()
    {
        WriteFiles(gzip: false);
        long[] ImageIds(IBatchSource split) => RawPixels(split).Chunk(6).Select(image => (long)image[0] / 20).ToArray();
        (long[] Train, long[] Validation) Split(ulong seed)
        {
            using var splits = Load(seed);
            return (ImageIds(splits.Train), ImageIds(splits.Validation));
        }
        var (train, validation) = Split(3);
        Assert.Equal(Enumerable.Range(0, TrainCount).Select(i => (long)i), train.Concat(validation).Order());
        Assert.Equal(validation, Split(3).Validation);
        Assert.NotEqual(validation.Order(), Split(4).Validation.Order());
    }

    [Fact]
    public void Augmented_batches_are_plain_ones()
    {
        WriteFiles(gzip: true);
        using var splits = Load();
        using var order = new Generator(2);
        using var state = order.get_state();
        using var scope = NewDisposeScope();
        var plain = splits.Train.Batches(3, order).Select(b => b.Inputs.data<float>()).ToList();
        order.set_state(state);
        Assert.Equal(plain, splits.Train.Batches(3, order, augment: true).Select(b => b.Inputs.data<float>()));
    }

    [Fact]
    public void The_plain_file_is_read_where_both_forms_are_present()
    {
        WriteFiles(gzip: false);
        folder.Write("t10k-labels-idx1-ubyte.gz", DataFolder.Idx([TestLabels.Length], [1, 1, 1]), gzip: true);
        using var splits = Load();
        Assert.Equal(TestLabels.Select(l => (long)l), ((InMemoryImageSource)splits.Test).Labels.data<long>());
    }

    [Fact]
    public void A_missing_file_names_both_forms()
    {
        WriteFiles(gzip: true);
        File.Delete(Path.Combine(folder.Path, "train-images-idx3-ubyte.gz"));
        var error = Assert.Throws<FileNotFoundException>(() => Load());
        Assert.Contains(Path.Combine(folder.Path, "train-images-idx3-ubyte.gz"), error.Message);
        Assert.Contains(Path.Combine(folder.Path, "train-images-idx3-ubyte") + ")", error.Message);
    }

    [Fact]
    public void An_unset_directory_names_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => new MnistDataset(new FolderDatasetOptions()).Load(new DatasetRequest(CPU, 0)));
        Assert.Contains("Lottery:Strategies:mnist:Directory is not set", error.Message);
        Assert.Contains("train-images-idx3-ubyte", error.Message);
    }

    [Fact]
    public void A_missing_folder_names_it_and_the_setting()
    {
        var missing = Path.Combine(folder.Path, "nope");
        var error = Assert.Throws<DirectoryNotFoundException>(() => Load(directory: missing));
        Assert.Contains(missing, error.Message);
        Assert.Contains("Lottery:Strategies:mnist:Directory", error.Message);
    }

    [Fact]
    public void Options_require_a_directory_and_default_to_5000_validation_images()
    {
        var options = new FolderDatasetOptions();
        Assert.Equal(5000, options.ValidationSize);
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(nameof(FolderDatasetOptions.Directory), Assert.Single(results).MemberNames);
        options.Directory = folder.Path;
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        // 0 is open_lth's MNIST and CIFAR-10 protocol: no validation split.
        options.ValidationSize = 0;
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        options.ValidationSize = -1;
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }
}
