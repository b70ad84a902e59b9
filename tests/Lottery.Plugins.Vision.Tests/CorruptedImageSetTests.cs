using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data;
using Lottery.Plugins.Vision.Data.OutOfDistribution;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>
/// A built-in corrupted set kept as bytes after its first read in order: every read equals the on-the-fly corruption at
/// that batch size and order, bit for bit, and reading it again at that size corrupts nothing.
/// </summary>
public sealed class CorruptedImageSetTests
{
    private static readonly ImageNormalization Statistics = new([0.3, 0.4, 0.5], [0.2, 0.25, 0.3]);

    /// <summary>Gaussian noise that counts the batches it corrupts.</summary>
    private sealed class Counting : ICorruption
    {
        private readonly ICorruption noise = BuiltInCorruptions.Find("gaussian_noise")!;

        public int Batches { get; private set; }

        public string Name => noise.Name;

        public Tensor Apply(Tensor pixels, int severity, Generator generator)
        {
            Batches++;
            return noise.Apply(pixels, severity, generator);
        }
    }

    // Seven normalised 3x8x8 images in [0, 1] pixels, labels 0-6.
    private static InMemoryImageSource Clean()
    {
        using var scope = NewDisposeScope();
        using var generator = new Generator(3);
        return new InMemoryImageSource(Statistics.FromPixels(rand([7, 3, 8, 8], float32, generator: generator)), arange(7, int64));
    }

    // Equal in shape and in every value (no NaN here): what a float computed the same way gives.
    private static bool Same(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.eq(b).all().item<bool>();

    private static Tensor Read(IBatchSource set, int batchSize, Generator? order = null) =>
        cat(set.Batches(batchSize, order).Select(b => b.Inputs).ToList(), 0);

    [Fact]
    public void Every_read_equals_the_on_the_fly_corruption_and_a_second_read_at_the_kept_size_corrupts_nothing()
    {
        using var scope = NewDisposeScope();
        var counting = new Counting();
        using var set = new CorruptedImageSet(Clean(), 11, (inputs, generator) => BuiltInCorruptionSets.CorruptToBytes(inputs, counting, 3, generator, Statistics), Statistics);
        using var reference = new MappedImageSource(Clean(), 11, (inputs, generator) => BuiltInCorruptionSets.Corrupt(inputs, BuiltInCorruptions.Find("gaussian_noise")!, 3, generator, Statistics));

        var first = Read(set, 3);
        Assert.Equal(3, counting.Batches);
        var second = Read(set, 3);
        Assert.Equal(3, counting.Batches);
        Assert.True(Same(first, Read(reference, 3)), "the kept set differs from the on-the-fly corruption");
        Assert.True(Same(second, first));
        Assert.Equal([0L, 1, 2, 3, 4, 5, 6], cat(set.Batches(3).Select(b => b.Labels).ToList(), 0).data<long>());

        // Another batch size draws the noise per batch differently: corrupted on the fly, as the reference.
        Assert.True(Same(Read(set, 4), Read(reference, 4)));
        Assert.Equal(5, counting.Batches);
        using var order = new Generator(5);
        using var sameOrder = new Generator(5);
        Assert.True(Same(Read(set, 3, order), Read(reference, 3, sameOrder)));
    }

    [Fact]
    public void Corrupting_through_bytes_equals_rounding_the_pixels_in_float()
    {
        using var scope = NewDisposeScope();
        using var clean = Clean();
        using var generator = new Generator(8);
        using var sameGenerator = new Generator(8);
        var noise = BuiltInCorruptions.Find("gaussian_noise")!;

        var corrupted = BuiltInCorruptionSets.Corrupt(clean.Images, noise, 5, generator, Statistics);

        // The float form this replaced: clip, scale, round, divide, normalise.
        var pixels = noise.Apply(Statistics.ToPixels(clean.Images), 5, sameGenerator).clamp(0, 1).mul_(255).round_().div_(255);
        Assert.True(Same(corrupted, Statistics.FromPixels(pixels)));
    }
}
