using Lottery.Torch.Optim;

namespace Lottery.Torch.Tests;

/// <summary>Tests that read the process-wide live-tensor count run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(LiveTensorCountCollection), DisableParallelization = true)]
public sealed class LiveTensorCountCollection;

/// <summary>
/// Each update is checked against the published formula written out in plain double arithmetic, on float64
/// parameters with gradients set directly, so the expected values do not come from the code under test.
/// </summary>
[Collection(nameof(LiveTensorCountCollection))]
public class OptimizerTests
{
    private static readonly double[] Initial = [0.5, -1.25, 2.0];

    /// <summary>A gradient for each step and element that changes sign and size between steps.</summary>
    private static double Gradient(int step, int i) => Math.Sin(1.7 * step + i) + 0.3 * i;

    [Theory]
    [InlineData(false, 0.0, false)]
    [InlineData(false, 0.1, false)]
    [InlineData(true, 0.0, false)]
    [InlineData(true, 0.0, true)]
    public void SGD_with_momentum_and_weight_decay_follows_the_formula(bool nesterov, double dampening, bool maximize)
    {
        const double lr = 0.1, mu = 0.9, wd = 0.01;
        using var scope = NewDisposeScope();
        var p = tensor(Initial, requires_grad: true);
        using var optimizer = optim.SGD([p], lr, momentum: mu, dampening: dampening, weight_decay: wd, nesterov: nesterov, maximize: maximize);

        var expected = (double[])Initial.Clone();
        var buffer = new double[expected.Length];
        for (var t = 1; t <= 5; t++)
        {
            StepWithGradient(optimizer, p, t);
            for (var i = 0; i < expected.Length; i++)
            {
                var g = (maximize ? -Gradient(t, i) : Gradient(t, i)) + wd * expected[i];
                buffer[i] = t == 1 ? g : mu * buffer[i] + (1 - dampening) * g;
                var direction = nesterov ? g + mu * buffer[i] : buffer[i];
                expected[i] -= lr * direction;
            }
            AssertClose(expected, p);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Adam_follows_the_formula_with_bias_correction(bool amsgrad)
    {
        const double lr = 0.01, b1 = 0.9, b2 = 0.999, eps = 1e-8, wd = 0.1;
        using var scope = NewDisposeScope();
        var p = tensor(Initial, requires_grad: true);
        using var optimizer = optim.Adam([p], lr, beta1: b1, beta2: b2, eps: eps, weight_decay: wd, amsgrad: amsgrad);

        var expected = (double[])Initial.Clone();
        var m = new double[expected.Length];
        var v = new double[expected.Length];
        var vMax = new double[expected.Length];
        for (var t = 1; t <= 4; t++)
        {
            StepWithGradient(optimizer, p, t);
            for (var i = 0; i < expected.Length; i++)
            {
                var g = Gradient(t, i) + wd * expected[i]; // L2: the decay joins the gradient
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                vMax[i] = Math.Max(vMax[i], v[i]);
                // PyTorch keeps the maximum of the raw second moment and bias-corrects it with the current step.
                var vHat = (amsgrad ? vMax[i] : v[i]) / (1 - Math.Pow(b2, t));
                var mHat = m[i] / (1 - Math.Pow(b1, t));
                expected[i] -= lr * mHat / (Math.Sqrt(vHat) + eps);
            }
            AssertClose(expected, p);
        }
    }

    [Fact]
    public void Adam_first_step_moves_each_weight_by_about_lr()
    {
        // With bias correction the first update is lr * g / |g| (up to eps); without it, it would be ~3x larger.
        using var scope = NewDisposeScope();
        var p = tensor(Initial, requires_grad: true);
        using var optimizer = optim.Adam([p], lr: 0.01);
        StepWithGradient(optimizer, p, 1);
        var moved = p.data<double>().Zip(Initial, (now, before) => now - before).ToArray();
        for (var i = 0; i < moved.Length; i++) Assert.Equal(-0.01 * Math.Sign(Gradient(1, i)), moved[i], 1e-6);
    }

    [Fact]
    public void AdamW_decays_weights_decoupled_from_the_moments()
    {
        const double lr = 0.01, b1 = 0.8, b2 = 0.99, eps = 1e-6, wd = 0.5;
        using var scope = NewDisposeScope();
        var p = tensor(Initial, requires_grad: true);
        using var optimizer = optim.AdamW([p], lr, beta1: b1, beta2: b2, eps: eps, weight_decay: wd);

        var expected = (double[])Initial.Clone();
        var m = new double[expected.Length];
        var v = new double[expected.Length];
        for (var t = 1; t <= 4; t++)
        {
            StepWithGradient(optimizer, p, t);
            for (var i = 0; i < expected.Length; i++)
            {
                var g = Gradient(t, i);
                expected[i] *= 1 - lr * wd;
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                expected[i] -= lr * (m[i] / (1 - Math.Pow(b1, t))) / (Math.Sqrt(v[i] / (1 - Math.Pow(b2, t))) + eps);
            }
            AssertClose(expected, p);
        }
    }

    [Fact]
    public void Groups_keep_their_own_hyperparameters_and_parameters_without_gradients_stay()
    {
        using var scope = NewDisposeScope();
        var fast = tensor(new[] { 1.0 }, requires_grad: true);
        var slow = tensor(new[] { 1.0 }, requires_grad: true);
        var frozen = tensor(new[] { 1.0 }, requires_grad: true);
        using var optimizer = new SGD([
            new ParamGroup([fast, frozen], new SGDOptions(lr: 0.5)),
            new ParamGroup([slow], new SGDOptions(lr: 0.1)),
        ]);
        fast.grad = ones([1], float64);
        slow.grad = ones([1], float64);
        optimizer.step();
        Assert.Equal([0.5], fast.data<double>());
        Assert.Equal([0.9], slow.data<double>());
        Assert.Equal([1.0], frozen.data<double>());
        using var state = optimizer.state_dict();
        Assert.Equal([0, 2], state.Steps.Keys.Order()); // parameters are numbered across groups: fast, frozen, slow
    }

    [Fact]
    public void Zero_grad_sets_gradients_to_none_by_default_and_zeroes_them_on_request()
    {
        using var scope = NewDisposeScope();
        var p = tensor(Initial, requires_grad: true);
        using var optimizer = optim.SGD([p], lr: 0.1);
        (p * p).sum().backward();
        optimizer.zero_grad(set_to_none: false);
        Assert.Equal([0.0, 0.0, 0.0], p.grad!.data<double>());
        optimizer.zero_grad();
        Assert.Null(p.grad);
    }

    [Fact]
    public void SGD_resumed_from_saved_state_continues_exactly() =>
        AssertResumesExactly(ps => new SGD([
            new ParamGroup([ps[0]], new SGDOptions(0.05, momentum: 0.9, weight_decay: 1e-3, nesterov: true)),
            new ParamGroup([ps[1]], new SGDOptions(0.1, momentum: 0.5, dampening: 0.2)),
        ]));

    [Fact]
    public void AdamW_with_amsgrad_resumed_from_saved_state_continues_exactly() =>
        AssertResumesExactly(ps => optim.AdamW(ps, lr: 0.01, weight_decay: 0.05, amsgrad: true));

    [Fact]
    public void Loading_state_with_another_parameter_count_names_the_counts()
    {
        using var scope = NewDisposeScope();
        using var two = optim.Adam([Leaf(2), Leaf(2)]);
        using var three = optim.Adam([Leaf(2), Leaf(2), Leaf(2)]);
        var error = Assert.Throws<ArgumentException>(() => three.load_state_dict(two.state_dict()));
        Assert.Contains("parameter count mismatch", error.Message);
        Assert.Contains("state has 2 parameters", error.Message);
        Assert.Contains("optimizer has 3", error.Message);
    }

    [Fact]
    public void Loading_state_with_another_shape_or_optimizer_names_the_mismatch()
    {
        using var scope = NewDisposeScope();
        var p = Leaf(2, 3);
        using var adam = optim.Adam([p]);
        p.grad = ones([2, 3]);
        adam.step();
        var saved = adam.state_dict();

        using var transposed = optim.Adam([Leaf(3, 2)]);
        var shape = Assert.Throws<ArgumentException>(() => transposed.load_state_dict(saved));
        Assert.Contains("'0.exp_avg' has shape [2, 3] but parameter 0 has shape [3, 2]", shape.Message);

        using var sgd = optim.SGD([Leaf(2, 3)], lr: 0.1);
        var kind = Assert.Throws<ArgumentException>(() => sgd.load_state_dict(saved));
        Assert.Contains("saved by Adam", kind.Message);
    }

    [Fact]
    public void Two_hundred_steps_leave_the_live_tensor_count_unchanged_and_dispose_frees_the_state()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var scope = NewDisposeScope();
        var weight = tensor(Enumerable.Range(0, 12).Select(i => (float)Math.Sin(i)).ToArray(), [4, 3], requires_grad: true);
        var bias = Leaf(4);
        var input = ones([8, 3]);
        var baseline = LiveTensorCount;
        var optimizer = optim.Adam([weight, bias], lr: 0.01, amsgrad: true);
        var scheduler = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max: 50);

        long afterFirstStep = 0;
        for (var i = 0; i < 200; i++)
        {
            using (NewDisposeScope())
            {
                var output = input.matmul(weight.t()) + bias;
                (output * output).mean().backward();
            }
            optimizer.step();
            optimizer.zero_grad();
            scheduler.step();
            if (i == 0) afterFirstStep = LiveTensorCount;
        }

        Assert.Equal(baseline + 6, afterFirstStep); // exp_avg, exp_avg_sq and max_exp_avg_sq per parameter
        Assert.Equal(afterFirstStep, LiveTensorCount);
        optimizer.Dispose();
        Assert.Equal(baseline, LiveTensorCount);
    }

    /// <summary>
    /// A zero leaf that requires grad. zeros(..., requires_grad: true) does not set the flag (at::zeros ignores it
    /// in TensorOptions), so it is set afterwards.
    /// </summary>
    private static Tensor Leaf(params long[] shape) => zeros(shape).requires_grad_();

    private static void StepWithGradient(Optimizer optimizer, Tensor p, int step)
    {
        p.grad = tensor(Enumerable.Range(0, (int)p.numel()).Select(i => Gradient(step, i)).ToArray());
        optimizer.step();
    }

    private static void AssertClose(double[] expected, Tensor actual)
    {
        var values = actual.data<double>();
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], values[i], 1e-12);
    }

    /// <summary>
    /// Six steps straight through must equal three steps, a save through tensors + metadata (copied, as a file
    /// would), a fresh optimizer on copied weights loading it, and three more steps, bit for bit.
    /// </summary>
    private static void AssertResumesExactly(Func<Tensor[], Optimizer> create)
    {
        using var scope = NewDisposeScope();
        var start = new[] { tensor(new[] { 0.3, -0.7, 1.1 }), tensor(new[] { 2.0, -0.5 }) };
        var straight = start.Select(t => t.clone().requires_grad_()).ToArray();
        var interrupted = start.Select(t => t.clone().requires_grad_()).ToArray();
        using var straightOptimizer = create(straight);
        using var firstHalf = create(interrupted);
        for (var step = 0; step < 3; step++)
        {
            TrainStep(straightOptimizer, straight);
            TrainStep(firstHalf, interrupted);
        }

        var (tensors, metadata) = firstHalf.state_dict().ToTensors();
        var stored = tensors.ToDictionary(e => e.Key, e => e.Value.clone());
        var storedMetadata = metadata.ToDictionary(e => e.Key, e => e.Value);
        var resumed = interrupted.Select(t => t.detach().clone().requires_grad_()).ToArray();
        using var secondHalf = create(resumed);
        secondHalf.load_state_dict(OptimizerState.FromTensors(stored, storedMetadata));

        for (var step = 0; step < 3; step++)
        {
            TrainStep(straightOptimizer, straight);
            TrainStep(secondHalf, resumed);
        }
        for (var i = 0; i < straight.Length; i++) Assert.Equal(straight[i].data<double>(), resumed[i].data<double>());
    }

    /// <summary>A loss whose gradient depends on the weights, so any difference in state shows in later steps.</summary>
    private static void TrainStep(Optimizer optimizer, Tensor[] parameters)
    {
        using (NewDisposeScope())
        {
            var loss = parameters.Select(p => (p * p * p).sum() + p.sum()).Aggregate((a, b) => a + b);
            loss.backward();
        }
        optimizer.step();
        optimizer.zero_grad();
    }
}
