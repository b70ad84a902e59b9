using static Acme.Pruning.Tests.HandMadeNetwork;

namespace Acme.Pruning.Tests;

public sealed class AcmePruningPrunerTests
{
    // Magnitudes 1..16 in the first layer, 0.5..3.5 and 17..20 interleaved in the second, signs mixed:
    // the global ranking crosses layers and ignores sign.
    private static readonly float[] FirstWeights = [-1, 2, -3, 4, -5, 6, -7, 8, -9, 10, -11, 12, -13, 14, -15, 16];
    private static readonly float[] SecondWeights = [0.5f, -17, 1.5f, 18, -2.5f, 19, 3.5f, -20];

    private static readonly AcmePruningPruner MagnitudePruner = new(new AcmePruningOptions());

    [Fact]
    public void Keeps_exactly_the_target_density_of_the_largest_weights()
    {
        using var network = new HandMadeNetwork(FirstWeights, SecondWeights);
        using var current = MaskOf();

        using var pruned = MagnitudePruner.Prune(network.Context(current, targetDensity: 0.25));

        Assert.Equal(0.25, pruned.Density);
        Assert.Equal(KeepFirst(14, 15), pruned[First].flatten().data<bool>());
        Assert.Equal(KeepSecond(1, 3, 5, 7), pruned[Second].flatten().data<bool>());
    }

    [Fact]
    public void Weights_already_pruned_stay_pruned()
    {
        using var network = new HandMadeNetwork(FirstWeights, SecondWeights);
        // The two largest weights (16 and -20) are pruned already.
        using var current = MaskOf(first: KeepFirst([.. Enumerable.Range(0, 15)]), second: KeepSecond(0, 1, 2, 3, 4, 5, 6));

        using var pruned = MagnitudePruner.Prune(network.Context(current, targetDensity: 0.25));

        Assert.Equal(0.25, pruned.Density);
        Assert.Equal(KeepFirst(12, 13, 14), pruned[First].flatten().data<bool>());
        Assert.Equal(KeepSecond(1, 3, 5), pruned[Second].flatten().data<bool>());
    }

    [Fact]
    public void Ignored_tensors_keep_their_mask_and_the_target_covers_the_others()
    {
        using var network = new HandMadeNetwork(FirstWeights, SecondWeights);
        using var current = MaskOf();

        using var pruned = MagnitudePruner.Prune(network.Context(current, targetDensity: 0.5, ignored: Second));

        Assert.Equal(KeepFirst(8, 9, 10, 11, 12, 13, 14, 15), pruned[First].flatten().data<bool>());
        Assert.All(pruned[Second].flatten().data<bool>(), Assert.True);
    }

    [Fact]
    public void Random_pruning_meets_the_target_and_repeats_for_a_seed()
    {
        using var network = new HandMadeNetwork(FirstWeights, SecondWeights);
        using var current = MaskOf();
        var pruner = new AcmePruningPruner(new AcmePruningOptions { Randomness = 1 });

        using var once = pruner.Prune(network.Context(current, targetDensity: 0.5));
        using var again = pruner.Prune(network.Context(current, targetDensity: 0.5));

        Assert.Equal(0.5, once.Density);
        Assert.Equal(once[First].flatten().data<bool>(), again[First].flatten().data<bool>());
        Assert.Equal(once[Second].flatten().data<bool>(), again[Second].flatten().data<bool>());
    }

    /// <summary>A flat keep pattern of the first layer (16 weights): true at the given positions.</summary>
    private static bool[] KeepFirst(params int[] positions) => Keep(positions, FirstWeights.Length);

    /// <summary>A flat keep pattern of the second layer (8 weights): true at the given positions.</summary>
    private static bool[] KeepSecond(params int[] positions) => Keep(positions, SecondWeights.Length);

    private static bool[] Keep(int[] positions, int size) => [.. Enumerable.Range(0, size).Select(positions.Contains)];
}
