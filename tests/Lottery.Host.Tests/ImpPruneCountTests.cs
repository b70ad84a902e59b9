using Lottery.Host.Stages;
using Lottery.Host.Training;

namespace Lottery.Host.Tests;

/// <summary>
/// IMP's per-level count, open_lth's <c>np.ceil(pruning_fraction * number_of_remaining_weights)</c>: the expected numbers
/// were computed once with Debian's python3-numpy 1.24 (the double product, then np.ceil).
/// </summary>
public sealed class ImpPruneCountTests
{
    [Theory]
    [InlineData(0.2, 15680, 3136)]
    [InlineData(0.2, 266200, 53240)]
    [InlineData(0.9, 23520, 21168)]
    [InlineData(0.2, 5, 1)]
    [InlineData(0.2, 1, 1)]
    [InlineData(0.2, 0, 0)]
    [InlineData(0.1, 3, 1)]
    // 0.07 * 100 is 7.000000000000001 in double: numpy prunes 8; 0.57 * 100 is 56.99999999999999: 57.
    [InlineData(0.07, 100, 8)]
    [InlineData(0.57, 100, 57)]
    public void The_count_is_numpys_ceil_of_the_fraction_times_the_remaining_weights(double fraction, long remaining, long expected)
    {
        Assert.Equal(expected, ImpPruneCount.Of(fraction, remaining));
    }

    [Fact]
    public void Each_level_removes_the_count_from_what_the_previous_one_left()
    {
        // LeNet-10's 7840 covered weights at 0.2: round(7840 * 0.8^L) would keep 5018 and 4014 at levels 2 and 3.
        Assert.Equal([7840L, 6272, 5017, 4013], Enumerable.Range(0, 4).Select(levels => ImpPruneCount.RemainingAfter(7840, 0.2, levels)));
        // At 0.9 the fifth level prunes ceil(1.8) = 2 of the 2 weights left.
        Assert.Equal([23520L, 2352, 235, 23, 2, 0], Enumerable.Range(0, 6).Select(levels => ImpPruneCount.RemainingAfter(23520, 0.9, levels)));
    }

    [Theory]
    [InlineData(266200, 266200)]
    [InlineData(136294, 266200)]
    [InlineData(5017, 7840)]
    [InlineData(3, 7)]
    [InlineData(1, 1)]
    public void The_target_density_turns_back_into_the_exact_count_under_the_pruners_rounding(long alive, long total)
    {
        foreach (var fraction in new[] { 0.2, 0.07, 0.5, 0.9 })
        {
            // PruningTarget.Count: round(total * density).
            var kept = (long)Math.Round(total * ImpPruneCount.TargetDensity(alive, total, fraction));
            Assert.Equal(alive - ImpPruneCount.Of(fraction, alive), kept);
        }
    }
}
