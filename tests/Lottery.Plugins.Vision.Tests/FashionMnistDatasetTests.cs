using System.ComponentModel.DataAnnotations;
using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>
/// The dataset on small files: 20 training images of 2x3 where every pixel of image i is 10*i (so an example
/// tells which image it is) with label i % 10, and 4 test images with distinct pixels.
/// </summary>
public sealed class FashionMnistDatasetTests : IDisposable
{
    private const int TrainCount = 20;
    private static readonly byte[] TestPixels = Enumerable.Range(0, 4 * 2 * 3).Select(i => (byte)(i * 11)).ToArray();
    private static readonly byte[] TestLabels = [7, 0, 3, 9];

    private readonly DataFolder folder = new();

    public FashionMnistDatasetTests()
    {
        folder.WriteSplit("train", 2, 3,
            Enumerable.Range(0, TrainCount).SelectMany(i => Enumerable.Repeat((byte)(10 * i), 6)).ToArray(),
            Enumerable.Range(0, TrainCount).Select(i => (byte)(i % 10)).ToArray());
        folder.WriteSplit("t10k", 2, 3, TestPixels, TestLabels);
    }

    public void Dispose() => folder.Dispose();

    private DatasetSplits Load(ulong seed = 7, int validationSize = 5, string? directory = null) =>
        new FashionMnistDataset(new FashionMnistOptions { Directory = directory ?? folder.Path, ValidationSize = validationSize })
            .Load(new DatasetRequest(CPU, seed));

    private static float Normalised(double pixel) => (float)((pixel / 255 - 0.2860) / 0.3530);

    /// <summary>Which training image each example of a split is, read back from its first pixel.</summary>
    private static long[] ImageIds(IBatchSource split)
    {
        using var scope = NewDisposeScope();
        var images = ((InMemoryImageSource)split).Images;
        var pixels = images.flatten(1).select(1, 0).mul(0.3530).add(0.2860).mul(255.0 / 10).round().to(int64);
        var ids = pixels.data<long>();
        Assert.Equal(ids.Select(id => id % 10), ((InMemoryImageSource)split).Labels.data<long>());
        return ids;
    }

    [Fact]
    public void Splits_have_the_files_shapes_and_the_requested_validation_size()
    {
        using var splits = Load();
        Assert.Equal(new long[] { 1, 2, 3 }, splits.InputShape);
        Assert.Equal(10, splits.Classes);
        Assert.Equal((15, 5, 4), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        // By default every built-in corruption at every severity, of the (here only 4) first test images.
        Assert.Equal(35, splits.OutOfDistribution.Count);
        Assert.All(splits.OutOfDistribution.Values, set => Assert.Equal(4, set.Count));
        Assert.Contains("gaussian_noise/3", splits.OutOfDistribution.Keys);
        var train = (InMemoryImageSource)splits.Train;
        Assert.Equal(new long[] { 15, 1, 2, 3 }, train.Images.shape);
        Assert.Equal(ScalarType.Float32, train.Images.dtype);
        Assert.Equal(ScalarType.Int64, train.Labels.dtype);
    }

    [Fact]
    public void Test_images_are_normalised_by_the_training_statistics_and_labels_are_int64()
    {
        using var splits = Load();
        var test = (InMemoryImageSource)splits.Test;
        Assert.Equal(TestLabels.Select(l => (long)l), test.Labels.data<long>());
        var actual = test.Images.data<float>();
        var expected = TestPixels.Select(p => Normalised(p)).ToArray();
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 5);
    }

    [Fact]
    public void Subsets_take_seeded_examples_of_the_training_and_test_images()
    {
        DatasetSplits Subset(ulong seed) => new FashionMnistDataset(new FashionMnistOptions { Directory = folder.Path, ValidationSize = 3, TrainSubset = 12, TestSubset = 2 })
            .Load(new DatasetRequest(CPU, seed));
        using var splits = Subset(7);
        Assert.Equal((9, 3, 2), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        var ids = ImageIds(splits.Train).Concat(ImageIds(splits.Validation)).ToList();
        Assert.Equal(12, ids.Distinct().Count());
        using var again = Subset(7);
        Assert.Equal(ImageIds(splits.Train), ImageIds(again.Train));
        using var other = Subset(8);
        Assert.NotEqual(ids.Order(), ImageIds(other.Train).Concat(ImageIds(other.Validation)).Order());
    }

    [Fact]
    public void Train_and_validation_partition_the_training_images()
    {
        using var splits = Load();
        var train = ImageIds(splits.Train);
        var validation = ImageIds(splits.Validation);
        Assert.Empty(train.Intersect(validation));
        Assert.Equal(Enumerable.Range(0, TrainCount).Select(i => (long)i), train.Concat(validation).Order());
    }

    [Fact]
    public void The_validation_split_is_a_function_of_the_seed()
    {
        long[] Validation(ulong seed)
        {
            using var splits = Load(seed);
            return ImageIds(splits.Validation);
        }
        Assert.Equal(Validation(7), Validation(7));
        Assert.NotEqual(Validation(7).Order(), Validation(8).Order());
    }

    [Fact]
    public void Augmented_batches_are_plain_ones()
    {
        using var splits = Load();
        using var order = new Generator(1);
        using var state = order.get_state();
        using var scope = NewDisposeScope();
        var plain = splits.Train.Batches(4, order).Select(b => b.Inputs.data<float>()).ToList();
        order.set_state(state);
        Assert.Equal(plain, splits.Train.Batches(4, order, augment: true).Select(b => b.Inputs.data<float>()));
    }

    [Fact]
    public void Disposing_the_splits_frees_every_tensor()
    {
        var before = LiveTensorCount;
        Load().Dispose();
        Assert.Equal(before, LiveTensorCount);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(-1)]
    public void A_validation_size_outside_the_training_set_is_an_error(int validationSize)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Load(validationSize: validationSize));
        Assert.Contains($"ValidationSize {validationSize} is invalid: expected 0 (no validation split) to 19, fewer than the 20 training examples", error.Message);
    }

    [Fact]
    public void A_validation_size_of_0_trains_on_every_image_and_leaves_the_validation_split_empty()
    {
        using var splits = Load(validationSize: 0);
        Assert.Equal((20, 0, 4), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        Assert.Equal(Enumerable.Range(0, TrainCount).Select(i => (long)i), ImageIds(splits.Train).Order());
        Assert.Empty(splits.Validation.Batches(4));
    }

    [Fact]
    public void Options_default_to_the_debian_folder_and_validate_the_validation_size()
    {
        var options = new FashionMnistOptions();
        Assert.Equal(("/usr/share/datasets/fashion-mnist", 5000), (options.Directory, options.ValidationSize));
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        // 0 is open_lth's protocol (no validation split); fewer is nothing.
        options.ValidationSize = 0;
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        options.ValidationSize = -1;
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(nameof(FashionMnistOptions.ValidationSize), Assert.Single(results).MemberNames);
    }

    [Fact]
    public void A_missing_folder_names_it_and_the_package_to_install()
    {
        var missing = Path.Combine(folder.Path, "nope");
        var error = Assert.Throws<DirectoryNotFoundException>(() => Load(directory: missing));
        Assert.Contains(missing, error.Message);
        Assert.Contains("apt-get install dataset-fashion-mnist", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(Path.Combine(folder.Path, "t10k-labels-idx1-ubyte.gz"));
        Assert.Contains("t10k-labels-idx1-ubyte.gz", Assert.Throws<FileNotFoundException>(() => Load()).Message);
    }

    [Fact]
    public void Labels_out_of_range_name_the_file_the_label_and_its_index()
    {
        var labels = folder.Write("train-labels-idx1-ubyte.gz", DataFolder.Idx([TrainCount], [3, 12, .. new byte[TrainCount - 2]]), gzip: true);
        var error = Assert.Throws<InvalidDataException>(() => Load());
        Assert.Contains(labels, error.Message);
        Assert.Contains("label 12 at index 1 is outside 0..9", error.Message);
    }

    [Fact]
    public void Label_and_image_counts_must_match()
    {
        folder.Write("t10k-labels-idx1-ubyte.gz", DataFolder.Idx([3], [1, 2, 3]), gzip: true);
        Assert.Contains("expected 4 labels", Assert.Throws<InvalidDataException>(() => Load()).Message);
    }

    [Fact]
    public void The_real_dataset_loads_as_55k_5k_10k_with_unit_statistics()
    {
        Assert.True(Directory.Exists(FashionMnistDataset.DefaultDirectory),
            $"{FashionMnistDataset.DefaultDirectory} is missing: `make test` installs dataset-fashion-mnist");
        using var splits = Load(seed: 0, validationSize: 5000, directory: FashionMnistDataset.DefaultDirectory);
        Assert.Equal((55_000, 5_000, 10_000), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        Assert.Equal(new long[] { 1, 28, 28 }, splits.InputShape);
        using var scope = NewDisposeScope();
        var train = ((InMemoryImageSource)splits.Train).Images;
        Assert.InRange(train.mean().item<float>(), -0.01f, 0.01f);
        Assert.InRange(train.var([0, 1, 2, 3]).sqrt().item<float>(), 0.99f, 1.01f);
    }
}
