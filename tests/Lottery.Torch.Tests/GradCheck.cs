namespace Lottery.Torch.Tests;

/// <summary>
/// Compares autograd's gradient of a scalar function with central finite differences in float64,
/// element by element: d f / d x_i ~ (f(x + h e_i) - f(x - h e_i)) / 2h.
/// </summary>
internal static class GradCheck
{
    internal static void Check(Func<Tensor[], Tensor> function, Tensor[] inputs, double step = 1e-6, double tolerance = 1e-5)
    {
        using var scope = NewDisposeScope();
        foreach (var input in inputs) Assert.Equal(ScalarType.Float64, input.dtype);
        var leaves = inputs.Select(x => x.detach().requires_grad_()).ToArray();
        var analytic = autograd.grad([function(leaves)], leaves);
        for (var k = 0; k < inputs.Length; k++)
        {
            var values = inputs[k].data<double>();
            var expected = analytic[k]!.data<double>();
            for (var i = 0; i < values.Length; i++)
            {
                var numeric = (Evaluate(function, inputs, k, values, i, step) - Evaluate(function, inputs, k, values, i, -step)) / (2 * step);
                Assert.True(Math.Abs(numeric - expected[i]) <= tolerance * Math.Max(1, Math.Abs(numeric)),
                    $"input {k} element {i}: finite difference {numeric}, autograd {expected[i]}");
            }
        }
    }

    private static double Evaluate(Func<Tensor[], Tensor> function, Tensor[] inputs, int k, double[] values, int i, double delta)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var shifted = (double[])values.Clone();
        shifted[i] += delta;
        var arguments = inputs.Select((x, j) => j == k ? tensor(shifted, x.shape) : x).ToArray();
        return function(arguments).item<double>();
    }
}
