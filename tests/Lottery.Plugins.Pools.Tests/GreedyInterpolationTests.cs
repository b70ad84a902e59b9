namespace Lottery.Plugins.Pools.Tests;

/// <summary>lottery-pools and average on crafted tickets: the alpha grid, the acceptance rule, the projection target.</summary>
public sealed class GreedyInterpolationTests
{
    // The dense ticket (level 0) has w[0] = 0, the candidates w[0] = 1, so a mix at alpha has w[0] = alpha.
    private static CraftedRun Run() => new([0, 5, 5, 5], [1, 5, 5, 0], [1, 5, 0, 0]);

    [Fact]
    public void The_default_grid_is_the_papers_eleven_values_tried_for_each_candidate_in_order()
    {
        Assert.Equal([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95], new LotteryPoolsOptions().Grid);
        using var run = Run();
        using var pool = new LotteryPoolsInterpolator(new LotteryPoolsOptions { PoolSize = 1 }).Interpolate(run.Context(0));
        Assert.Equal(LotteryPoolsOptions.PaperAlphas, run.Projected.Select(p => Math.Round(p.values[0], 5)));
        // Every mix is projected to the target's density and recalibrated before it is scored.
        Assert.All(run.Projected, p => Assert.Equal(1.0, p.density));
        Assert.Equal(11, run.Recalibrations);
        Assert.Equal(12, run.Scored.Count);
    }

    [Fact]
    public void A_candidate_is_accepted_at_its_best_alpha_only_if_it_improves_validation_accuracy()
    {
        using var run = Run();
        run.Accuracy = w => 1 - Math.Abs(w[0] - 0.3);
        using var pool = new LotteryPoolsInterpolator(new LotteryPoolsOptions()).Interpolate(run.Context(0));
        // Level 1 at alpha 0.3 reaches w[0] = 0.3 (accuracy 1); level 2 can only move it away, so it is rejected.
        var accepted = Assert.Single(pool.Accepted);
        Assert.Equal((1, 0.3), (accepted.Level, accepted.Alpha));
        Assert.Equal(1.0, accepted.ValidationAccuracy, 6);
        Assert.Equal(new[] { 0.3f, 5f, 5f, 3.5f }, CraftedRun.Values(pool.Ticket.Weights));
        Assert.Equal("lottery-pools", pool.Ticket.Provenance.Method);
    }

    [Fact]
    public void Ties_are_rejected_when_strict_and_accepted_otherwise()
    {
        using (var strict = Run())
        {
            using var pool = new LotteryPoolsInterpolator(new LotteryPoolsOptions { StrictImprovement = true }).Interpolate(strict.Context(0));
            Assert.Empty(pool.Accepted);
            Assert.Equal(new[] { 0f, 5f, 5f, 5f }, CraftedRun.Values(pool.Ticket.Weights));
        }
        using var lenient = Run();
        using var tied = new LotteryPoolsInterpolator(new LotteryPoolsOptions { StrictImprovement = false }).Interpolate(lenient.Context(0));
        // On equal accuracy the first alpha of the grid is the best.
        Assert.Equal(new[] { (1, 0.05), (2, 0.05) }, tied.Accepted.Select(a => (a.Level, a.Alpha)));
        Assert.True(GreedyInterpolation.Accepts(0.5, 0.5, new GreedyPoolOptions { StrictImprovement = false }));
        Assert.False(GreedyInterpolation.Accepts(0.5, 0.5, new GreedyPoolOptions { StrictImprovement = true }));
    }

    [Fact]
    public void A_margin_accepts_a_candidate_only_if_validation_rises_by_at_least_that_many_points()
    {
        // The best mix of level 1 (alpha 0.4) lifts validation from 0.500 to 0.504: 0.4 accuracy points.
        static double Accuracy(float[] w) => 0.5 + 0.01 * w[0];
        using (var small = Run())
        {
            small.Accuracy = w => w[0] <= 0.4f ? Accuracy(w) : 0;
            using var pool = new LotteryPoolsInterpolator(new LotteryPoolsOptions { PoolSize = 1, MinImprovement = 0.3 }).Interpolate(small.Context(0));
            Assert.Equal((1, 0.4), (Assert.Single(pool.Accepted).Level, Assert.Single(pool.Accepted).Alpha));
        }
        using var large = Run();
        large.Accuracy = w => w[0] <= 0.4f ? Accuracy(w) : 0;
        using var rejected = new LotteryPoolsInterpolator(new LotteryPoolsOptions { PoolSize = 1, MinImprovement = 0.5 }).Interpolate(large.Context(0));
        Assert.Empty(rejected.Accepted);
        Assert.Equal([1], rejected.Candidates);
        // Ties with a margin: equal to current + margin is accepted only when ties are.
        Assert.True(GreedyInterpolation.Accepts(0.75, 0.5, new GreedyPoolOptions { StrictImprovement = false, MinImprovement = 25 }));
        Assert.False(GreedyInterpolation.Accepts(0.75, 0.5, new GreedyPoolOptions { StrictImprovement = true, MinImprovement = 25 }));
    }

    [Fact]
    public void A_sparse_target_is_projected_back_to_its_own_density()
    {
        using var run = Run();
        run.Accuracy = w => w[0];
        using var pool = new LotteryPoolsInterpolator(new LotteryPoolsOptions { PoolSize = 1, Alphas = [0.5] }).Interpolate(run.Context(2));
        Assert.Equal(0.5, Assert.Single(run.Projected).density);
        Assert.Equal(0.5, pool.Ticket.Density);
    }

    [Fact]
    public void Average_of_two_tickets_is_their_mean_before_projection()
    {
        using var run = new CraftedRun([1, 2, 3, 4], [3, 2, 1, 0]);
        run.Accuracy = w => w[1] + w[2];
        using var pool = new AverageInterpolator(new GreedyPoolOptions { PoolSize = 1 }).Interpolate(run.Context(1));
        var (values, density) = Assert.Single(run.Projected);
        Assert.Equal(new[] { 2f, 2f, 2f, 2f }, values);
        Assert.Equal(0.75, density);
        Assert.Equal(0.5, Assert.Single(pool.Accepted).Alpha);
    }
}
