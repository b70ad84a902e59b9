using Lottery.Torch.Modules;

namespace Lottery.Torch.Tests;

/// <summary>nn.Module: registration, naming, modes, state_dict and its strict checks, device/dtype moves.</summary>
public class ModuleTests
{
    private sealed class Block : nn.Module<Tensor, Tensor>
    {
        public Block()
        {
            register_module("conv", nn.Conv2d(2, 3, 3, padding: 1, hasBias: false));
            register_module("bn", nn.BatchNorm2d(3));
            register_module("head", nn.Sequential(nn.Flatten(), nn.Dropout(0.5), nn.Linear(3 * 4 * 4, 2)));
        }

        public override Tensor forward(Tensor input)
        {
            var conv = (Conv2d)children().ElementAt(0);
            var bn = (BatchNorm2d)children().ElementAt(1);
            var head = (Sequential)children().ElementAt(2);
            return head.call(bn.call(conv.call(input)).relu());
        }
    }

    [Fact]
    public void Names_follow_pytorch_dotted_paths_in_registration_order()
    {
        using var model = new Block();
        Assert.Equal(new[] { "conv.weight", "bn.weight", "bn.bias", "head.2.weight", "head.2.bias" },
            model.named_parameters().Select(p => p.name));
        Assert.Equal(new[] { "bn.running_mean", "bn.running_var", "bn.num_batches_tracked" }, model.named_buffers().Select(b => b.name));
        Assert.Equal(new[] { "conv", "bn", "head" }, model.named_children().Select(c => c.name));
        Assert.Equal(new[] { "", "conv", "bn", "head", "head.0", "head.1", "head.2" }, model.named_modules().Select(m => m.name));
        Assert.Equal(2 * 3 * 9 + 3 + 3 + 48 * 2 + 2, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Train_and_eval_switch_every_descendant()
    {
        using var scope = NewDisposeScope();
        using var model = new Block();
        Assert.All(model.modules(), m => Assert.True(m.training));
        model.eval();
        Assert.All(model.modules(), m => Assert.False(m.training));
        var x = randn(2, 2, 4, 4);
        Assert.Equal(model.call(x).data<float>(), model.call(x).data<float>()); // eval: no dropout, running stats
        model.train();
        Assert.True(model.modules().Last().training);
    }

    [Fact]
    public void State_dict_round_trips_into_a_fresh_module()
    {
        using var scope = NewDisposeScope();
        using var source = new Block();
        source.train();
        source.call(randn(4, 2, 4, 4)); // moves the batch norm running statistics
        using var target = new Block();
        var (missing, unexpected) = target.load_state_dict(source.state_dict());
        Assert.Empty(missing);
        Assert.Empty(unexpected);
        foreach (var ((name, a), (_, b)) in source.state_dict().Zip(target.state_dict()))
        {
            Assert.True(a.eq(b).all().item<bool>(), $"{name} differs after load_state_dict");
        }
        Assert.Equal(1L, target.state_dict()["bn.num_batches_tracked"].item<long>());
    }

    [Fact]
    public void Strict_load_names_missing_unexpected_and_mis_shaped_keys()
    {
        using var scope = NewDisposeScope();
        using var model = new Block();
        var state = model.state_dict();
        var before = model.state_dict()["head.2.bias"].clone();
        state.Remove("bn.bias");
        state["extra.weight"] = zeros(1);
        state["head.2.weight"] = zeros(5, 5);
        state["head.2.bias"] = ones(2);
        var error = Assert.Throws<InvalidOperationException>(() => model.load_state_dict(state));
        Assert.Contains("missing keys: bn.bias", error.Message);
        Assert.Contains("unexpected keys: extra.weight", error.Message);
        Assert.Contains("head.2.weight: expected [2, 48], got [5, 5]", error.Message);
        // Nothing was copied: the check comes first.
        Assert.True(model.state_dict()["head.2.bias"].eq(before).all().item<bool>());

        state["head.2.weight"] = zeros(2, 48);
        var (missing, unexpected) = model.load_state_dict(state, strict: false);
        Assert.Equal(new[] { "bn.bias" }, missing);
        Assert.Equal(new[] { "extra.weight" }, unexpected);
        Assert.Equal(new float[] { 1, 1 }, model.state_dict()["head.2.bias"].data<float>());
    }

    [Fact]
    public void To_dtype_keeps_parameter_identity_and_integral_buffers()
    {
        using var scope = NewDisposeScope();
        using var model = new Block();
        var weight = model.parameters().First();
        var values = weight.to(float64).data<double>();
        model.to(float64);
        Assert.Same(weight, model.parameters().First());
        Assert.Equal(ScalarType.Float64, weight.dtype);
        Assert.True(weight.requires_grad && weight.is_leaf);
        Assert.Equal(values, weight.data<double>());
        Assert.Equal(ScalarType.Int64, model.state_dict()["bn.num_batches_tracked"].dtype);
        Assert.Equal(ScalarType.Float64, model.call(randn([1, 2, 4, 4], float64)).dtype);
    }

    [Fact]
    public void Default_initialisation_matches_pytorchs_bounds()
    {
        using var scope = NewDisposeScope();
        manual_seed(0);
        using var linear = nn.Linear(300, 100);
        // Kaiming-uniform with a = sqrt(5): bound = sqrt(6 / ((1 + 5) * fan_in)) = 1 / sqrt(fan_in).
        var bound = 1 / Math.Sqrt(300);
        var w = linear.weight.data<float>();
        Assert.All(w, v => Assert.InRange(v, -bound, bound));
        Assert.InRange(w.Max(), 0.95 * bound, bound);
        // U(-b, b) has variance b^2 / 3.
        Assert.InRange(w.Select(v => (double)v * v).Average(), 0.9 * bound * bound / 3, 1.1 * bound * bound / 3);
        using var conv = nn.Conv2d(16, 32, 3);
        var (fanIn, fanOut) = nn.init.calculate_fan_in_and_fan_out(conv.weight);
        Assert.Equal((16L * 9, 32L * 9), (fanIn, fanOut));
        var normal = nn.init.kaiming_normal_(empty(256, 128), nonlinearity: nn.NonlinearityType.ReLU).data<float>();
        Assert.InRange(normal.Select(v => (double)v * v).Average(), 0.9 * 2.0 / 128, 1.1 * 2.0 / 128);
        var xavier = nn.init.xavier_uniform_(empty(200, 300)).data<float>();
        Assert.All(xavier, v => Assert.InRange(v, -Math.Sqrt(6.0 / 500), Math.Sqrt(6.0 / 500)));
    }

    [Fact]
    public void Batch_norm_with_cumulative_momentum_recomputes_exact_statistics()
    {
        using var scope = NewDisposeScope();
        using var bn = nn.BatchNorm1d(1, momentum: null);
        var batches = new[] { tensor(new float[] { 1, 3 }, [2, 1]), tensor(new float[] { 5, 7 }, [2, 1]) };
        bn.reset_running_stats();
        foreach (var batch in batches) bn.call(batch);
        // A cumulative average of the batch means (2 and 6) and unbiased batch variances (2 and 2).
        Assert.Equal(4f, bn.running_mean!.item<float>(), 5);
        Assert.Equal(2f, bn.running_var!.item<float>(), 5);
        Assert.Equal(2L, bn.num_batches_tracked!.item<long>());
    }
}
