using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Plugins.Pruning.Tests.TinyNetworks;

namespace Lottery.Plugins.Pruning.Tests;

public sealed class BaselinePrunerTests
{
    private static readonly string[] Prunable = ["conv.weight", "fc.weight"];

    public static TheoryData<string, double> BaselinesAndDensities()
    {
        var data = new TheoryData<string, double>();
        foreach (var name in new[] { "random", "random-global", "oneshot-magnitude", "snip", "grasp", "synflow" })
        {
            foreach (var density in new[] { 0.5, 0.2, 0.037 }) data.Add(name, density);
        }
        return data;
    }

    private static IPruner Create(string name) => name switch
    {
        "random" => new RandomPruner(),
        "random-global" => new RandomGlobalPruner(),
        "oneshot-magnitude" => new OneShotMagnitudePruner(),
        "snip" => new SnipPruner(new GradientScoreOptions()),
        "grasp" => new GraspPruner(new GraspOptions()),
        "synflow" => new SynFlowPruner(new SynFlowOptions { Iterations = 10 }),
        _ => throw new ArgumentException(name),
    };

    private static long Kept(Mask mask, string name)
    {
        using var count = mask[name].count_nonzero();
        return count.item<long>();
    }

    [Theory]
    [MemberData(nameof(BaselinesAndDensities))]
    public void Each_baseline_hits_the_target_density_exactly_and_leaves_the_model_as_it_was(string name, double density)
    {
        using var model = ConvNet(11);
        using var data = ConvData(12);
        using var current = KeepAll(model, Prunable);
        using var before = StateDict.FromModule(model);
        // Tensors other tests left to the finalizer must not be counted against this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var live = LiveTensorCount;
        using (var mask = Create(name).Prune(Context(model, current, density, data)))
        {
            var (kept, total) = mask.Count();
            Assert.Equal(228, total);
            Assert.Equal((long)Math.Round(228 * density), kept);
            Assert.Equal(Prunable, mask.Names);
        }
        Assert.Equal(live, LiveTensorCount);
        Assert.True(model.training);
        using var after = StateDict.FromModule(model);
        foreach (var tensorName in before.Names)
        {
            Assert.Equal(before[tensorName].dtype, after[tensorName].dtype);
            Assert.Equal(Values(before[tensorName]), Values(after[tensorName]));
        }
    }

    [Theory]
    [InlineData("random-global")]
    [InlineData("oneshot-magnitude")]
    [InlineData("snip")]
    [InlineData("grasp")]
    [InlineData("synflow")]
    public void Score_based_baselines_keep_only_weights_alive_in_the_current_mask(string name)
    {
        using var model = ConvNet(13);
        using var data = ConvData(14);
        using var generator = new Generator(15);
        using var current = new Mask(Prunable.Select(n => KeyValuePair.Create(n, rand_like(Parameter(model, n), generator).lt(0.6))));
        var target = current.Density / 2;
        using var mask = Create(name).Prune(Context(model, current, target, data));
        foreach (var n in Prunable)
        {
            using var revived = mask[n].logical_and(current[n].logical_not()).count_nonzero();
            Assert.Equal(0, revived.item<long>());
        }
        Assert.Equal((long)Math.Round(228 * target), mask.Count().kept);
    }

    [Fact]
    public void Random_keeps_each_layers_density_and_shuffles_its_pattern()
    {
        using var model = ConvNet(16);
        using var scope = NewDisposeScope();
        // conv keeps 18 of 36, fc 40 of 192: the ticket's layerwise densities.
        using var current = new Mask([
            KeyValuePair.Create("conv.weight", arange(36).lt(18).view(4, 1, 3, 3)),
            KeyValuePair.Create("fc.weight", arange(192).lt(40).view(3, 64))]);
        using var mask = new RandomPruner().Prune(Context(model, current, current.Density, null));
        Assert.Equal(18, Kept(mask, "conv.weight"));
        Assert.Equal(40, Kept(mask, "fc.weight"));
        using var same = mask["fc.weight"].eq(current["fc.weight"]).all();
        Assert.False(same.item<bool>());
        // A different seed draws another pattern; the same seed the same one.
        using var again = new RandomPruner().Prune(Context(model, current, current.Density, null));
        using var repeated = again["fc.weight"].eq(mask["fc.weight"]).all();
        Assert.True(repeated.item<bool>());
    }

    [Fact]
    public void Random_below_the_current_density_scales_every_layer_and_keeps_the_total_exact()
    {
        Assert.Equal([9, 20], RandomPruner.Apportion([18, 40], 29));
        // 10 * 7/17 = 4.12 and 7 * 7/17 = 2.88: the larger remainder takes the weight left over.
        Assert.Equal([4, 3], RandomPruner.Apportion([10, 7], 7));
        Assert.Equal([0, 0], RandomPruner.Apportion([0, 0], 0));
        using var model = ConvNet(17);
        using var scope = NewDisposeScope();
        using var current = new Mask([
            KeyValuePair.Create("conv.weight", arange(36).lt(18).view(4, 1, 3, 3)),
            KeyValuePair.Create("fc.weight", arange(192).lt(40).view(3, 64))]);
        using var mask = new RandomPruner().Prune(Context(model, current, 29.0 / 228, null));
        Assert.Equal(9, Kept(mask, "conv.weight"));
        Assert.Equal(20, Kept(mask, "fc.weight"));
    }

    [Theory]
    [InlineData("snip")]
    [InlineData("grasp")]
    [InlineData("synflow")]
    public void Data_dependent_baselines_name_missing_data(string name)
    {
        using var model = ConvNet(18);
        using var current = KeepAll(model, Prunable);
        Assert.Contains($"pruner '{name}' needs training data, but the pruning context has none",
            Assert.Throws<ArgumentException>(() => Create(name).Prune(Context(model, current, 0.5, null))).Message);
    }
}
