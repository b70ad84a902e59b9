using Lottery.Contracts.Pools;
using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.Tests;

/// <summary>
/// Interpolation.Mix at its edges; the mix of every tensor and the rounding of integer buffers are tested
/// with the pool baselines (Lottery.Plugins.Pools.Tests).
/// </summary>
public sealed class InterpolationTests
{
    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Refuses_a_mixing_weight_outside_zero_to_one(double alpha)
    {
        using var state = Weights(1, 2);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Interpolation.Mix(state, state, alpha));

        Assert.Equal("alpha", error.ParamName);
    }

    [Fact]
    public void Refuses_tensors_of_different_shapes_and_names_the_tensor()
    {
        using var current = Weights(1, 2);
        using var candidate = Weights(1, 2, 3);

        var error = Assert.Throws<ArgumentException>(() => Interpolation.Mix(current, candidate, 0.5));

        Assert.Contains("'w' is [2] in one state dict and [3] in the other", error.Message);
    }

    [Fact]
    public void Ends_at_either_network_in_the_current_ones_dtype_and_leaves_both_as_they_were()
    {
        using var current = Weights(1, 2);
        using var candidate = new StateDict([KeyValuePair.Create("w", tensor(new double[] { 3, 6 }))]);

        using var atCurrent = Interpolation.Mix(current, candidate, 0);
        using var atCandidate = Interpolation.Mix(current, candidate, 1);

        Assert.Equal([1f, 2f], atCurrent["w"].data<float>());
        Assert.Equal([3f, 6f], atCandidate["w"].data<float>());
        Assert.Equal([1f, 2f], current["w"].data<float>());
        Assert.Equal([3.0, 6.0], candidate["w"].data<double>());
        Assert.False(atCurrent["w"].is_same(current["w"]), "the mix shares a tensor with its input");
    }

    private static StateDict Weights(params float[] values) => new([KeyValuePair.Create("w", tensor(values))]);
}
