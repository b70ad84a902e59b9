using Lottery.Contracts.Tickets;
using Lottery.Host.Pools;
using Lottery.Torch.Modules;

namespace Lottery.Host.Tests;

/// <summary>The host's shared pool services on crafted weights: the projector and the BatchNorm recalibrator.</summary>
[Collection(GlobalRandomUsersCollection.Name)]
public sealed class PoolServicesTests
{
    private static StateDict Weights(params (string name, float[] values)[] tensors) =>
        new(tensors.Select(t => KeyValuePair.Create(t.name, tensor(t.values))));

    [Fact]
    public void Projection_keeps_exactly_the_target_density_by_global_magnitude()
    {
        using var scope = NewDisposeScope();
        // Ten weights of distinct magnitudes across two tensors, and a bias that is never pruned.
        using var weights = Weights(("a.weight", [0.1f, -0.9f, 0.3f, 0.05f]), ("b.weight", [-0.6f, 0.2f, 0.8f, -0.4f, 0.7f, 0.01f]), ("b.bias", [0.001f]));
        using var mask = new GlobalMagnitudeProjector(["a.weight", "b.weight"]).Project(weights, 0.4);
        Assert.Equal((4L, 10L), mask.Count());
        Assert.Equal(new[] { false, true, false, false }, mask["a.weight"].data<bool>());
        Assert.Equal(new[] { true, false, true, false, true, false }, mask["b.weight"].data<bool>());
        // Pruned weights are zeroed in place; kept ones and other tensors keep their values.
        Assert.Equal(new[] { 0f, -0.9f, 0f, 0f }, weights["a.weight"].data<float>());
        Assert.Equal(new[] { -0.6f, 0f, 0.8f, 0f, 0.7f, 0f }, weights["b.weight"].data<float>());
        Assert.Equal(new[] { 0.001f }, weights["b.bias"].data<float>());
    }

    [Fact]
    public void Projection_keeps_the_count_exact_when_magnitudes_tie()
    {
        using var scope = NewDisposeScope();
        using var weights = Weights(("w", [0.5f, 0.5f, 0.5f, 0.5f, 0f, 0f, 0f, 0f]));
        using var mask = new GlobalMagnitudeProjector(["w"]).Project(weights, 0.25);
        Assert.Equal((2L, 8L), mask.Count());
        Assert.Equal(0.25, mask.Density);
    }

    [Fact]
    public void A_dense_target_is_not_projected()
    {
        using var scope = NewDisposeScope();
        float[] values = [0.1f, 0f, -0.3f, 0.002f];
        using var weights = Weights(("w", values));
        using var mask = new GlobalMagnitudeProjector(["w"]).Project(weights, 1.0);
        Assert.Equal(1.0, mask.Density);
        Assert.Equal(values, weights["w"].data<float>());
    }

    [Fact]
    public void Recalibration_recomputes_BatchNorm_statistics_as_the_average_over_training_batches()
    {
        using var scope = NewDisposeScope();
        manual_seed(3);
        using var network = nn.Sequential(("fc", nn.Linear(4, 3)), ("bn", new BatchNorm1d(3)));
        var inputs = randn(12, 4).mul(2).add(1);
        using var train = new ListBatchSource(inputs, zeros([12], ScalarType.Int64));
        using var weights = StateDict.FromModule(network);
        weights["bn.running_mean"].fill_(5);
        weights["bn.running_var"].fill_(7);

        // Three batches of 4 of the 12 examples; 0 would mean all of them.
        using var recalibrator = new BatchNormRecalibrator(network, train, batchSize: 4, batches: 2, RecalibrationLoader.Fixed(seed: 0));
        recalibrator.Recalibrate(weights);

        // Directly: the features of the first two batches, their per-batch mean and unbiased variance, averaged.
        var features = nn.functional.linear(inputs.narrow(0, 0, 8), weights["fc.weight"], weights["fc.bias"]).view(2, 4, 3);
        var mean = features.mean([1]).mean([0]);
        var variance = features.var([1], unbiased: true).mean([0]);
        Assert.True(weights["bn.running_mean"].sub(mean).abs().max().item<float>() < 1e-5, "running mean");
        Assert.True(weights["bn.running_var"].sub(variance).abs().max().item<float>() < 1e-4, "running variance");
        Assert.Equal(2L, weights["bn.num_batches_tracked"].item<long>());
        // The network's own BatchNorm keeps its momentum for later training.
        Assert.Equal(0.1, ((BatchNorm)network.named_modules().Single(m => m.name == "bn").module).momentum);
    }

    [Fact]
    public void Recalibration_as_the_training_loader_runs_over_a_new_shuffled_augmented_pass_each_time()
    {
        using var scope = NewDisposeScope();
        manual_seed(5);
        using var network = nn.Sequential(("fc", nn.Linear(4, 3)), ("bn", new BatchNorm1d(3)));
        using var train = new ShuffledNoisySource(randn(12, 4).mul(2).add(1));
        using var first = StateDict.FromModule(network);
        using var second = StateDict.FromModule(network);
        using (var recalibrator = new BatchNormRecalibrator(network, train, batchSize: 4, batches: 0, RecalibrationLoader.AsTraining(seed: 11, augment: true)))
        {
            recalibrator.Recalibrate(first);
            recalibrator.Recalibrate(second);
        }

        // Directly: two passes of the training loader drawn from one generator seeded alike (update_bn over it twice).
        using var order = new Generator(11);
        foreach (var weights in new[] { first, second })
        {
            var batches = train.Batches(4, order, augment: true).Select(b => nn.functional.linear(b.Inputs, weights["fc.weight"], weights["fc.bias"])).ToList();
            var features = stack(batches);
            Assert.True(weights["bn.running_mean"].sub(features.mean([1]).mean([0])).abs().max().item<float>() < 1e-5, "running mean");
            Assert.True(weights["bn.running_var"].sub(features.var([1], unbiased: true).mean([0])).abs().max().item<float>() < 1e-4, "running variance");
            Assert.Equal(3L, weights["bn.num_batches_tracked"].item<long>());
        }
        // Each recalibration is a pass of its own: other batches, other statistics.
        Assert.True(first["bn.running_mean"].sub(second["bn.running_mean"]).abs().max().item<float>() > 1e-3, "the second pass repeated the first");
    }

    [Fact]
    public void Recalibration_over_the_fixed_loader_sees_the_same_batches_every_time()
    {
        using var scope = NewDisposeScope();
        manual_seed(5);
        using var network = nn.Sequential(("fc", nn.Linear(4, 3)), ("bn", new BatchNorm1d(3)));
        using var train = new ShuffledNoisySource(randn(12, 4));
        using var first = StateDict.FromModule(network);
        using var second = StateDict.FromModule(network);
        using var recalibrator = new BatchNormRecalibrator(network, train, batchSize: 4, batches: 2, RecalibrationLoader.Fixed(seed: 11));
        recalibrator.Recalibrate(first);
        recalibrator.Recalibrate(second);
        Assert.True(first["bn.running_mean"].eq(second["bn.running_mean"]).all().item<bool>(), "running mean");
        Assert.True(first["bn.running_var"].eq(second["bn.running_var"]).all().item<bool>(), "running variance");
    }

    [Fact]
    public void Pool_seeds_differ_by_level_and_method_and_are_stable()
    {
        var seeds = new[] { (1, "swa"), (2, "swa"), (1, "ema") }.Select(p => RecalibrationLoader.PoolSeed(7, p.Item1, p.Item2)).ToList();
        Assert.Equal(3, seeds.Distinct().Count());
        Assert.Equal(seeds[0], RecalibrationLoader.PoolSeed(7, 1, "SWA"));
        Assert.NotEqual(seeds[0], RecalibrationLoader.PoolSeed(8, 1, "swa"));
    }

    /// <summary>A training split that shuffles by the order generator and, augmented, adds noise drawn from it too.</summary>
    private sealed class ShuffledNoisySource(Tensor inputs) : Lottery.Contracts.Data.IBatchSource, IDisposable
    {
        private readonly Tensor inputs = inputs.DetachFromDisposeScope();

        public long Count => inputs.shape[0];

        public IEnumerable<Lottery.Contracts.Data.Batch> Batches(int batchSize, Generator? order = null, bool augment = false)
        {
            using var permutation = order is null ? arange(Count).DetachFromDisposeScope() : randperm(Count, generator: order).DetachFromDisposeScope();
            for (long start = 0; start < Count; start += batchSize)
            {
                var batch = inputs.index_select(0, permutation.narrow(0, start, Math.Min(batchSize, Count - start)));
                if (augment) batch = batch.add(randn_like(batch, order).mul(0.5));
                yield return new Lottery.Contracts.Data.Batch(batch, zeros([batch.shape[0]], ScalarType.Int64));
            }
        }

        public void Dispose() => inputs.Dispose();
    }
}
