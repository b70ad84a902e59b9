using Lottery.Contracts.SparseTraining;

namespace Lottery.Plugins.SparseTraining.Tests;

public sealed class LayerDensitiesTests
{
    // LeNet-300-100's three weight tensors (out x in).
    private static readonly long[][] LeNet = [[300, 784], [100, 300], [10, 100]];

    [Fact]
    public void Erk_densities_equal_rigls_closed_form_with_the_overfull_output_layer_made_dense()
    {
        var densities = LayerDensities.Of(LayerDensities.ErdosRenyiKernel, LeNet, 0.1);

        // First pass: eps = (23520 + 3000 + 100) / (1084 + 400 + 110) puts 10x100 at 110/1000 * eps = 1.84 > 1: dense.
        // Second: eps = (23520 + 3000 - floor(0.9 * 1000)) / (1084 + 400) = 25620 / 1484.
        var eps = 25620.0 / 1484;
        Assert.Equal(eps * 1084 / 235200, densities[0], 12);
        Assert.Equal(eps * 400 / 30000, densities[1], 12);
        Assert.Equal(1.0, densities[2]);
    }

    [Fact]
    public void Erk_and_uniform_densities_total_the_target_density()
    {
        var total = LeNet.Sum(shape => shape[0] * shape[1]);
        foreach (var distribution in new[] { LayerDensities.ErdosRenyiKernel, LayerDensities.Uniform })
        {
            var densities = LayerDensities.Of(distribution, LeNet, 0.1);

            var kept = LeNet.Select((shape, i) => densities[i] * shape[0] * shape[1]).Sum();

            Assert.Equal(0.1 * total, kept, 6);
        }
    }

    [Fact]
    public void The_initial_mask_is_random_at_the_distributions_count_in_every_tensor()
    {
        using var model = nn.Sequential(("0", nn.Linear(784, 300)), ("1", nn.ReLU()), ("2", nn.Linear(300, 100)), ("3", nn.ReLU()), ("4", nn.Linear(100, 10)));
        var names = new[] { "0.weight", "2.weight", "4.weight" };
        var updater = new RigLUpdater(new RigLOptions());
        var densities = LayerDensities.Of(LayerDensities.ErdosRenyiKernel, LeNet, 0.1);
        using var first = new Generator(1);
        using var second = new Generator(2);

        using var a = updater.Initialize(new MaskInitialization(model, names, 0.1, first));
        using var b = updater.Initialize(new MaskInitialization(model, names, 0.1, second));

        for (var i = 0; i < names.Length; i++)
        {
            var n = LeNet[i][0] * LeNet[i][1];
            using var count = a[names[i]].count_nonzero();
            // Each tensor at its density, to within the one weight that makes the total exact.
            Assert.InRange(count.item<long>(), (long)Math.Floor(densities[i] * n), (long)Math.Floor(densities[i] * n) + 1);
        }
        Assert.Equal((26620L, 266200L), a.Count());
        Assert.Equal(a.Count(), b.Count());
        using var same = a[names[0]].eq(b[names[0]]).all();
        Assert.False(same.item<bool>(), "two seeds drew the same mask");
    }

    [Fact]
    public void Kept_counts_total_the_target_exactly_where_rigls_floors_overshoot_it_over_many_small_tensors()
    {
        // A CIFAR ResNet's shape of tensors: a 3x3 stem, many small 3x3 convolutions, a 1x1 shortcut and a classifier.
        long[][] shapes = [[8, 1, 3, 3], .. Enumerable.Repeat(new long[] { 8, 8, 3, 3 }, 6), [16, 8, 3, 3], [16, 8, 1, 1], [16, 16, 3, 3], [10, 16]];
        var total = shapes.Sum(shape => shape.Aggregate(1L, (p, s) => p * s));

        foreach (var target in new[] { 0.389, 0.2, 0.05 })
        {
            var counts = LayerDensities.KeptCounts(shapes, LayerDensities.Of(LayerDensities.ErdosRenyiKernel, shapes, target), target);

            Assert.Equal((long)Math.Round(target * total), counts.Sum());
        }
    }
}
