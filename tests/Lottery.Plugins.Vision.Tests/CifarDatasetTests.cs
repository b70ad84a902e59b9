using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>
/// The <c>cifar-10</c> and <c>cifar-100</c> datasets on small files in the binary format. Pixel (c, y, x) of
/// image id is (5*id + 60*c + y + 2*x) mod 256, so channels differ and an image tells its id by its first pixel.
/// CIFAR-10: five training batches of 2 images (ids 0..9, label id % 10) and 3 test images (ids 20..22).
/// CIFAR-100: 6 training images (ids 0..5) and 2 test images (ids 30, 31), fine label 17*id % 100, coarse 19 - id.
/// </summary>
public sealed class CifarDatasetTests : IDisposable
{
    private const int Side = 32, ImageBytes = 3 * Side * Side;

    private readonly DataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static byte Pixel(int id, int c, int y, int x) => (byte)((5 * id + 60 * c + y + 2 * x) % 256);

    private static byte[] Image(int id) =>
        Enumerable.Range(0, ImageBytes).Select(p => Pixel(id, p / (Side * Side), p / Side % Side, p % Side)).ToArray();

    /// <summary>The bytes of a file of records: each its label bytes, then its image.</summary>
    private static byte[] Records(IEnumerable<int> ids, Func<int, byte[]> labels) =>
        ids.SelectMany(id => labels(id).Concat(Image(id))).ToArray();

    private static byte[] Cifar10Label(int id) => [(byte)(id % 10)];

    private static byte[] Cifar100Labels(int id) => [(byte)(19 - id), (byte)(17 * id % 100)];

    private void WriteCifar10()
    {
        for (var batch = 0; batch < 5; batch++) folder.Write($"data_batch_{batch + 1}.bin", Records([2 * batch, 2 * batch + 1], Cifar10Label));
        folder.Write("test_batch.bin", Records([20, 21, 22], Cifar10Label));
    }

    private void WriteCifar100()
    {
        folder.Write("train.bin", Records(Enumerable.Range(0, 6), Cifar100Labels));
        folder.Write("test.bin", Records([30, 31], Cifar100Labels));
    }

    private DatasetSplits LoadCifar10(ulong seed = 1, int validationSize = 3) =>
        new Cifar10Dataset(new FolderDatasetOptions { Directory = folder.Path, ValidationSize = validationSize }).Load(new DatasetRequest(CPU, seed));

    private DatasetSplits LoadCifar100() =>
        new Cifar100Dataset(new FolderDatasetOptions { Directory = folder.Path, ValidationSize = 2 }).Load(new DatasetRequest(CPU, 1));

    /// <summary>The raw pixel bytes of normalised images (N, 3, 32, 32), channel by channel.</summary>
    private static byte[] RawPixels(Tensor images, ImageNormalization normalization)
    {
        using var scope = NewDisposeScope();
        var mean = tensor(normalization.Mean.Select(m => (float)m).ToArray(), [1, 3, 1, 1]);
        var std = tensor(normalization.Std.Select(s => (float)s).ToArray(), [1, 3, 1, 1]);
        return images.mul(std).add(mean).mul(255).round().to(uint8).data<byte>();
    }

    /// <summary>Which image each example of a split is, from its first pixel.</summary>
    private static long[] ImageIds(IBatchSource split, ImageNormalization normalization) =>
        RawPixels(((InMemoryImageSource)split).Images, normalization).Chunk(ImageBytes).Select(image => (long)image[0] / 5).ToArray();

    [Fact]
    public void Cifar10_reads_every_file_as_rgb_planes_with_its_labels()
    {
        WriteCifar10();
        using var splits = LoadCifar10();
        Assert.Equal(new long[] { 3, 32, 32 }, splits.InputShape);
        Assert.Equal(10, splits.Classes);
        Assert.Equal((7, 3, 3), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        var test = (InMemoryImageSource)splits.Test;
        Assert.Equal(new long[] { 3, 3, 32, 32 }, test.Images.shape);
        Assert.Equal(new long[] { 0, 1, 2 }, test.Labels.data<long>());
        Assert.Equal(new[] { 20, 21, 22 }.SelectMany(Image), RawPixels(test.Images, Cifar10Dataset.Format.Normalization));
        // Known positions, normalised by their own channel's statistics: red, green and blue planes in that order.
        using var scope = NewDisposeScope();
        foreach (var (c, y, x) in new[] { (0, 0, 0), (1, 5, 17), (2, 31, 31) })
        {
            var expected = (Pixel(21, c, y, x) / 255.0 - Cifar10Dataset.Format.Normalization.Mean[c]) / Cifar10Dataset.Format.Normalization.Std[c];
            Assert.Equal((float)expected, test.Images[1][c][y][x].item<float>(), 5);
        }
    }

    [Fact]
    public void Cifar10_train_and_validation_partition_the_batches_by_the_seed()
    {
        WriteCifar10();
        (long[] Train, long[] Validation) Split(ulong seed)
        {
            using var splits = LoadCifar10(seed);
            var normalization = Cifar10Dataset.Format.Normalization;
            foreach (var split in new[] { splits.Train, splits.Validation })
            {
                Assert.Equal(ImageIds(split, normalization).Select(id => id % 10), ((InMemoryImageSource)split).Labels.data<long>());
            }
            return (ImageIds(splits.Train, normalization), ImageIds(splits.Validation, normalization));
        }
        var (train, validation) = Split(1);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), train.Concat(validation).Order());
        Assert.Equal(validation, Split(1).Validation);
        Assert.NotEqual(validation.Order(), Split(2).Validation.Order());
    }

    [Fact]
    public void Cifar10_with_a_validation_size_of_0_trains_on_all_its_batches()
    {
        WriteCifar10();
        using var splits = LoadCifar10(validationSize: 0);
        Assert.Equal((10, 0), (splits.Train.Count, splits.Validation.Count));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), ImageIds(splits.Train, Cifar10Dataset.Format.Normalization).Order());
        Assert.Empty(splits.Validation.Batches(4));
    }

    [Fact]
    public void Cifar100_classifies_by_the_fine_label()
    {
        WriteCifar100();
        using var splits = LoadCifar100();
        Assert.Equal(new long[] { 3, 32, 32 }, splits.InputShape);
        Assert.Equal(100, splits.Classes);
        Assert.Equal((4, 2, 2), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        var test = (InMemoryImageSource)splits.Test;
        Assert.Equal(new long[] { 17 * 30 % 100, 17 * 31 % 100 }, test.Labels.data<long>());
        Assert.Equal(new[] { 30, 31 }.SelectMany(Image), RawPixels(test.Images, Cifar100Dataset.Format.Normalization));
        var train = (InMemoryImageSource)splits.Train;
        Assert.Equal(ImageIds(splits.Train, Cifar100Dataset.Format.Normalization).Select(id => 17 * id % 100), train.Labels.data<long>());
    }

    [Fact]
    public void Disposing_the_splits_frees_every_tensor()
    {
        WriteCifar10();
        var before = LiveTensorCount;
        LoadCifar10().Dispose();
        Assert.Equal(before, LiveTensorCount);
    }

    [Fact]
    public void A_missing_file_names_it_and_the_record_layout()
    {
        WriteCifar10();
        var missing = Path.Combine(folder.Path, "data_batch_4.bin");
        File.Delete(missing);
        var error = Assert.Throws<FileNotFoundException>(() => LoadCifar10());
        Assert.Contains(missing, error.Message);
        Assert.Contains("records of 3073 bytes (1 label byte + 3072 pixel bytes", error.Message);
    }

    [Theory]
    [InlineData(2 * 3073 + 5, "it holds 2 records and 5 bytes over")]
    [InlineData(3072, "it holds 0 records and 3072 bytes over")]
    [InlineData(0, "it holds 0 records and 0 bytes over")]
    public void A_file_that_is_not_whole_records_names_its_size_and_the_record_size(int length, string holds)
    {
        WriteCifar10();
        var truncated = folder.Write("test_batch.bin", Records([20, 21, 22], Cifar10Label)[..length]);
        var error = Assert.Throws<InvalidDataException>(() => LoadCifar10());
        Assert.Contains($"CIFAR file {truncated} has {length} bytes", error.Message);
        Assert.Contains("a positive multiple of 3073", error.Message);
        Assert.Contains(holds, error.Message);
    }

    [Fact]
    public void A_cifar100_file_of_cifar10_records_is_rejected()
    {
        WriteCifar100();
        folder.Write("test.bin", Records([30, 31, 32], Cifar10Label));
        var error = Assert.Throws<InvalidDataException>(() => LoadCifar100());
        Assert.Contains("records of 3074 bytes (2 label bytes + 3072 pixel bytes", error.Message);
    }

    [Fact]
    public void Labels_out_of_range_name_the_file_the_record_and_the_range()
    {
        WriteCifar10();
        var batch = folder.Write("data_batch_2.bin", Records([2, 3], id => [(byte)(id == 3 ? 10 : 0)]));
        var error = Assert.Throws<InvalidDataException>(() => LoadCifar10());
        Assert.Contains($"CIFAR file {batch}: label 10 of record 1 (byte 0 of each 3073-byte record) is outside 0..9", error.Message);
    }

    [Fact]
    public void Cifar100_checks_the_fine_label_against_100_classes()
    {
        WriteCifar100();
        // Coarse label 200 is never used; fine label 99 is the last class.
        folder.Write("test.bin", Records([30, 31], id => [200, 99]));
        using (var splits = LoadCifar100()) Assert.Equal(new long[] { 99, 99 }, ((InMemoryImageSource)splits.Test).Labels.data<long>());
        var train = folder.Write("train.bin", Records(Enumerable.Range(0, 6), id => [0, (byte)(id == 4 ? 100 : 1)]));
        var error = Assert.Throws<InvalidDataException>(() => LoadCifar100());
        Assert.Contains($"CIFAR file {train}: fine label 100 of record 4 (byte 1 of each 3074-byte record) is outside 0..99", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("nope")]
    public void An_unset_or_missing_folder_names_the_setting_and_the_files(string? name)
    {
        var directory = name is null ? null : Path.Combine(folder.Path, name);
        var options = new FolderDatasetOptions { Directory = directory };
        var error = Assert.ThrowsAny<Exception>(() => new Cifar100Dataset(options).Load(new DatasetRequest(CPU, 0)));
        Assert.IsType(name is null ? typeof(ArgumentException) : typeof(DirectoryNotFoundException), error);
        Assert.Contains("Lottery:Strategies:cifar-100:Directory", error.Message);
        Assert.Contains("train.bin, test.bin", error.Message);
        if (directory is not null) Assert.Contains(directory, error.Message);
    }

    [Fact]
    public void The_augmentation_pads_4_black_pixels_crops_and_flips()
    {
        foreach (var format in new[] { Cifar10Dataset.Format, Cifar100Dataset.Format })
        {
            Assert.Equal(4, format.Augmentation.Padding);
            var black = format.Normalization.Mean.Zip(format.Normalization.Std, (m, s) => (float)(-m / s));
            Assert.Equal(black, format.Augmentation.Fill);
        }
    }

    [Fact]
    public void Augmented_training_batches_are_crops_of_the_plain_ones_and_reproducible()
    {
        WriteCifar10();
        using var splits = LoadCifar10();
        var oracle = new CropOracle(3, Side, Side, 4, Cifar10Dataset.Format.Augmentation.Fill);
        using var order = new Generator(8);
        using var state = order.get_state();
        using var scope = NewDisposeScope();
        var plain = splits.Train.Batches(4, order).ToList();
        order.set_state(state);
        var augmented = splits.Train.Batches(4, order, augment: true).ToList();
        order.set_state(state);
        var again = splits.Train.Batches(4, order, augment: true).ToList();
        Assert.Equal(augmented.Select(b => b.Inputs.data<float>()), again.Select(b => b.Inputs.data<float>()));
        Assert.NotEqual(plain.Select(b => b.Inputs.data<float>()), augmented.Select(b => b.Inputs.data<float>()));
        foreach (var (p, a) in plain.Zip(augmented))
        {
            Assert.Equal(p.Labels.data<long>(), a.Labels.data<long>());
            Assert.Equal(p.Inputs.shape, a.Inputs.shape);
            for (var i = 0; i < p.Inputs.shape[0]; i++)
            {
                Assert.NotEmpty(oracle.Draws(p.Inputs[i].data<float>(), a.Inputs[i].data<float>()));
            }
        }
        // Validation and test are never augmented.
        Assert.Equal(
            splits.Validation.Batches(2).Select(b => b.Inputs.data<float>()),
            splits.Validation.Batches(2, augment: true).Select(b => b.Inputs.data<float>()));
    }
}
