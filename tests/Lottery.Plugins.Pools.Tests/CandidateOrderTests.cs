namespace Lottery.Plugins.Pools.Tests;

public sealed class CandidateOrderTests
{
    [Theory]
    [InlineData(2, 6, 0, new[] { 1, 3, 0, 4, 5 })]
    [InlineData(0, 4, 0, new[] { 1, 2, 3 })]
    [InlineData(3, 4, 0, new[] { 2, 1, 0 })]
    [InlineData(2, 6, 2, new[] { 1, 3 })]
    [InlineData(0, 1, 0, new int[0])]
    public void Candidates_go_by_distance_denser_neighbour_first(int target, int levels, int poolSize, int[] expected) =>
        Assert.Equal(expected, CandidateOrder.For(target, levels, poolSize));

    [Fact]
    public void The_greedy_loop_tries_candidates_in_that_order()
    {
        // The ticket (level 2) has w[0] = 0 and level c has w[0] = c + 1; nothing is accepted at constant accuracy,
        // so each mix at alpha 0.5 has w[0] = (c + 1) / 2.
        using var run = new CraftedRun([1, 5, 5, 5], [2, 5, 5, 0], [0, 5, 5, 0], [4, 5, 0, 0], [5, 5, 0, 0]);
        using var pool = new LotteryPoolsInterpolator(new LotteryPoolsOptions { Alphas = [0.5] }).Interpolate(run.Context(2));
        Assert.Equal(new[] { 1, 3, 0, 4 }, run.Projected.Select(p => (int)Math.Round(2 * p.values[0] - 1)));
    }
}
