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
        Assert.True(GreedyInterpolation.Accepts(0.5, 0.5, strictImprovement: false));
        Assert.False(GreedyInterpolation.Accepts(0.5, 0.5, strictImprovement: true));
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
