using System.Text.Json;
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

    [Fact]
    public void Kept_counts_never_take_a_weight_from_a_tensor_erk_made_dense()
    {
        // 56 weights, 28 kept at 0.5. ERK makes the 1x11 tensor dense (raw 12 / 11 against 14 / 45); RigL's floors then
        // give the other eps * 14 = (23 - 5) / 14 * 14 = 18, one more than the target leaves it: the sparse tensor gives
        // it back, not the dense one (both remainders are 0, and the dense tensor is the later of equals).
        long[][] shapes = [[9, 5], [1, 11]];
        var densities = LayerDensities.Of(LayerDensities.ErdosRenyiKernel, shapes, 0.5);
        Assert.Equal([0.4, 1.0], densities.Select(d => Math.Round(d, 12)));

        Assert.Equal([17L, 11L], LayerDensities.KeptCounts(shapes, densities, 0.5));
    }

    // A small CNN: a 3x3 stem on 4 input channels (108 weights), a 3x3 convolution (288) and a classifier (320): 716 in all.
    private static readonly long[][] SmallCnn = [[4, 3, 3, 3], [8, 4, 3, 3], [10, 32]];
    private static readonly HashSet<int> Stem = [0];

    [Fact]
    public void Uniform_with_a_dense_first_layer_spreads_the_rest_of_the_targets_count_evenly_over_the_others()
    {
        var densities = LayerDensities.Of(LayerDensities.Uniform, SmallCnn, 0.5, Stem);

        // 0.5 * 716 = 358 weights kept, 108 of them the stem's: the other 608 keep 250.
        Assert.Equal([1.0, 250.0 / 608, 250.0 / 608], densities);
        var counts = LayerDensities.KeptCounts(SmallCnn, densities, 0.5, Stem);
        // floor(288 * 250 / 608) = 118 and floor(320 * 250 / 608) = 131; the larger remainder (.58 against .42) gains the missing one.
        Assert.Equal([108L, 118L, 132L], counts);
    }

    [Fact]
    public void Erk_with_a_dense_first_layer_counts_it_as_rigl_counts_a_layer_it_made_dense()
    {
        var densities = LayerDensities.Of(LayerDensities.ErdosRenyiKernel, SmallCnn, 0.5, Stem);

        // rhs = (288 - floor(0.5 * 288)) + (320 - floor(0.5 * 320)) - floor(0.5 * 108) = 144 + 160 - 54 = 250;
        // divisor = 18 / 288 * 288 + 42 / 320 * 320 = 60; eps = 250 / 60, and no density above 1.
        var eps = 250.0 / 60;
        Assert.Equal(1.0, densities[0]);
        Assert.Equal(eps * 18 / 288, densities[1], 12);
        Assert.Equal(eps * 42 / 320, densities[2], 12);
        var counts = LayerDensities.KeptCounts(SmallCnn, densities, 0.5, Stem);
        Assert.Equal(108, counts[0]);
        Assert.Equal(358, counts.Sum());
    }

    [Fact]
    public void A_target_below_the_dense_first_layers_own_share_is_refused()
    {
        // 0.1 * 716 = 71.6 weights in all, fewer than the stem's 108.
        foreach (var distribution in new[] { LayerDensities.Uniform, LayerDensities.ErdosRenyiKernel })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => LayerDensities.Of(distribution, SmallCnn, 0.1, Stem));
        }
    }

    [Fact]
    public void The_dense_first_layer_is_the_models_first_whatever_order_the_mask_names_it_in_and_no_update_thins_it()
    {
        using var model = nn.Sequential(("0", nn.Linear(784, 300)), ("1", nn.ReLU()), ("2", nn.Linear(300, 100)), ("3", nn.ReLU()), ("4", nn.Linear(100, 10)));
        var names = new[] { "4.weight", "2.weight", "0.weight" };
        var updater = new RigLUpdater(new RigLOptions { DenseFirstLayer = true, Distribution = LayerDensities.Uniform });
        using var random = new Generator(1);

        // The first layer holds 235200 of the 266200 weights: only a density above its share can keep it dense.
        using var mask = updater.Initialize(new MaskInitialization(model, names, 0.95, random));

        using (var live = mask["0.weight"].count_nonzero()) Assert.Equal(300L * 784, live.item<long>());
        Assert.Equal(((long)Math.Round(0.95 * 266200), 266200L), mask.Count());
        var weights = model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        var gradients = names.ToDictionary(name => name, name => randn(weights[name].shape));
        using var update = updater.Update(new MaskUpdateContext(model, mask, gradients, 100, 1000, random)).Mask;
        using (var same = update["0.weight"].all()) Assert.True(same.item<bool>(), "an update thinned the dense first layer");
        foreach (var gradient in gradients.Values) gradient.Dispose();
    }

    [Fact]
    public void The_options_json_leaves_the_first_layer_option_out_while_it_is_off_so_earlier_runs_keep_their_folders()
    {
        Assert.False(JsonSerializer.SerializeToNode(new RigLOptions())!.AsObject().ContainsKey(nameof(DynamicSparsityOptions.DenseFirstLayer)));
        Assert.True(JsonSerializer.SerializeToNode(new SetOptions { DenseFirstLayer = true })!.AsObject().ContainsKey(nameof(DynamicSparsityOptions.DenseFirstLayer)));
    }
}
