using Lottery.Plugins.Vision.Data;
using Lottery.Plugins.Vision.Data.OutOfDistribution;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>The built-in corruptions on smooth synthetic images (gradients with a bright square), compared with the clean images.</summary>
public sealed class CorruptionTests
{
    // Identity statistics: normalised inputs are the pixels themselves.
    private static readonly ImageNormalization Identity = new([0, 0, 0], [1, 1, 1]);

    private static Tensor Images()
    {
        using var scope = NewDisposeScope();
        var y = arange(16, float32).view(1, 1, 16, 1).div(15);
        var x = arange(16, float32).view(1, 1, 1, 16).div(15);
        var channels = new[] { y.mul(0.6).add(x.mul(0.3)), x.mul(0.8).add(0.1).add(y.mul(0)), y.mul(x).add(0.2) };
        var image = cat(channels, 1);
        var square = zeros([1, 3, 16, 16]);
        square.narrow(2, 5, 6).narrow(3, 4, 7).fill_(0.5);
        var batch = cat(Enumerable.Range(0, 4).Select(i => image.add(square.mul(i % 2)).mul(1 - 0.1 * i).clamp(0, 1)).ToList(), 0);
        return batch.MoveToOuterDisposeScope();
    }

    private static double Distance(Tensor clean, ICorruption corruption, int severity)
    {
        using var scope = NewDisposeScope();
        using var generator = new Generator(42);
        var corrupted = BuiltInCorruptionSets.Corrupt(clean, corruption, severity, generator, Identity);
        return corrupted.sub(clean).abs().mean().item<float>();
    }

    public static TheoryData<string> Names() => new(BuiltInCorruptions.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_severity_moves_images_further_from_the_clean_ones(string name)
    {
        using var clean = Images();
        var corruption = BuiltInCorruptions.Find(name)!;
        var distances = Enumerable.Range(1, 5).Select(severity => Distance(clean, corruption, severity)).ToList();
        Assert.True(distances[0] > 1e-3, $"{name} severity 1 leaves the images as they were ({distances[0]})");
        for (var s = 1; s < 5; s++)
        {
            Assert.True(distances[s] > distances[s - 1], $"{name}: severity {s + 1} ({distances[s]}) is not further than severity {s} ({distances[s - 1]})");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Corrupted_pixels_stay_in_range_and_keep_the_shape(string name)
    {
        using var scope = NewDisposeScope();
        using var clean = Images();
        using var generator = new Generator(1);
        var corrupted = BuiltInCorruptionSets.Corrupt(clean, BuiltInCorruptions.Find(name)!, 5, generator, Identity);
        Assert.Equal(clean.shape, corrupted.shape);
        Assert.True(corrupted.min().item<float>() >= 0 && corrupted.max().item<float>() <= 1);
        // Rounded to bytes, as the CIFAR-C files store them.
        Assert.True(corrupted.mul(255).sub(corrupted.mul(255).round()).abs().max().item<float>() < 1e-3);
    }

    [Fact]
    public void A_built_in_set_reads_the_same_every_time_and_differs_from_the_clean_test_images()
    {
        using var scope = NewDisposeScope();
        using var test = new InMemoryImageSource(Images(), tensor(new long[] { 0, 1, 2, 3 }));
        var options = new OutOfDistributionOptions { Corruptions = ["gaussian_noise", "pixelate"], Severities = [2, 4], CorruptedImages = 3 };
        var sets = BuiltInCorruptionSets.Create(options, test, Identity, new Lottery.Contracts.Data.DatasetRequest(CPU, 5));
        Assert.Equal(new[] { "gaussian_noise/2", "gaussian_noise/4", "pixelate/2", "pixelate/4" }, sets.Keys.Order());
        var set = sets["gaussian_noise/2"];
        Assert.Equal(3, set.Count);
        var first = set.Batches(2).Select(b => b.Inputs.clone()).ToList();
        var second = set.Batches(2).Select(b => b.Inputs.clone()).ToList();
        Assert.Equal(2, first.Count);
        Assert.True(cat(first).eq(cat(second)).all().item<bool>());
        Assert.False(cat(first).eq(test.Images.narrow(0, 0, 3)).all().item<bool>());
        Assert.Equal(new long[] { 0, 1, 2 }, cat(set.Batches(3).Select(b => b.Labels).ToList()).data<long>());
        foreach (var s in sets.Values) ((IDisposable)s).Dispose();
    }
}
