using F = Lottery.Torch.torch.nn.functional;

namespace Lottery.Torch.Tests;

/// <summary>Autograd against finite differences (float64), and second-order gradients.</summary>
public class GradientTests
{
    // Non-scalar outputs are reduced with fixed weights so every output element matters.
    private static Tensor WeightedSum(Tensor output, int seed)
    {
        using var generator = new Generator((ulong)seed);
        var weights = randn(output.shape, float64, generator: generator);
        return output.mul(weights).sum();
    }

    private static Tensor Random(long[] shape, int seed)
    {
        using var generator = new Generator((ulong)seed);
        return randn(shape, float64, generator: generator);
    }

    [Fact]
    public void Conv2d_gradients_match_finite_differences()
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(
            x => WeightedSum(F.conv2d(x[0], x[1], x[2], stride: [2, 1], padding: [1]), 7),
            [Random([2, 2, 5, 4], 1), Random([3, 2, 3, 3], 2), Random([3], 3)]);
    }

    [Fact]
    public void Linear_gradients_match_finite_differences()
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(x => WeightedSum(F.linear(x[0], x[1], x[2]), 8), [Random([4, 5], 4), Random([3, 5], 5), Random([3], 6)]);
    }

    [Fact]
    public void Batch_norm_training_gradients_match_finite_differences()
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(
            x => WeightedSum(F.batch_norm(x[0], null, null, x[1], x[2], training: true), 9),
            [Random([6, 3, 2, 2], 7), Random([3], 8), Random([3], 9)]);
    }

    [Fact]
    public void Cross_entropy_gradients_match_finite_differences()
    {
        using var scope = NewDisposeScope();
        var target = tensor(new long[] { 2, 0, 1, 2 });
        GradCheck.Check(x => F.cross_entropy(x[0], target, label_smoothing: 0.1), [Random([4, 3], 10)]);
    }

    [Fact]
    public void Hessian_vector_product_through_autograd_grad()
    {
        using var scope = NewDisposeScope();
        // f(x) = sum(x^3) + (a.x)^2: H = diag(6x) + 2 a a^T, so H v = 6 x v + 2 (a.v) a.
        var xs = new[] { 0.5, -1.0, 2.0 };
        var a = new[] { 1.0, 2.0, -0.5 };
        var v = new[] { 0.3, -0.7, 1.1 };
        var x = tensor(xs).requires_grad_();
        var at = tensor(a);
        var f = x.pow(3).sum().add(x.mul(at).sum().pow(2));
        var gradient = autograd.grad([f], [x], create_graph: true)[0]!;
        var hv = autograd.grad([gradient.mul(tensor(v)).sum()], [x])[0]!.data<double>();
        var av = a.Zip(v, (p, q) => p * q).Sum();
        var expected = xs.Select((xi, i) => 6 * xi * v[i] + 2 * av * a[i]).ToArray();
        TestHelpers.AssertClose(expected, hv, 1e-12);
    }

    [Fact]
    public void Backward_accumulates_into_grad_and_takes_a_gradient_for_non_scalars()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new double[] { 1, 2, 3 }, requires_grad: true);
        Assert.Null(x.grad);
        x.mul(x).backward(tensor(new double[] { 1, 10, 100 }));
        Assert.Equal(new double[] { 2, 40, 600 }, x.grad!.data<double>());
        x.sum().backward();
        Assert.Equal(new double[] { 3, 41, 601 }, x.grad!.data<double>());
        x.grad = null;
        Assert.Null(x.grad);
    }

    [Fact]
    public void No_grad_stops_recording()
    {
        using var scope = NewDisposeScope();
        var x = ones([2], requires_grad: true);
        Assert.True(x.mul(2).requires_grad);
        using (no_grad())
        {
            Assert.False(is_grad_enabled());
            Assert.False(x.mul(2).requires_grad);
        }
        Assert.True(is_grad_enabled());
        Assert.True(x.mul(2).requires_grad);
    }
}
