using System.ComponentModel.DataAnnotations;
using Lottery.Contracts.Pools;
using Lottery.Plugins.Tests;

namespace Lottery.Plugins.Pools.Tests;

/// <summary>The baselines on crafted tickets: swa, ema, pair-average and ensemble; and the plugin's registrations.</summary>
public sealed class BaselineTests
{
    [Fact]
    public void Swa_of_identical_tickets_returns_the_ticket()
    {
        using var run = new CraftedRun([1, 2, 3, 0], [1, 2, 3, 0], [1, 2, 3, 0], [1, 2, 3, 0]);
        using var pool = new SwaInterpolator(new PoolOptions()).Interpolate(run.Context(2));
        Assert.Equal(new[] { 1f, 2f, 3f, 0f }, CraftedRun.Values(pool.Ticket.Weights));
        Assert.True(pool.Ticket.Mask["w"].eq(run.Levels[2].Mask["w"]).all().item<bool>());
        // Always accepted, each candidate with weight 1/(k+1), each step projected and recalibrated.
        Assert.Equal(new[] { (1, 1 / 2.0), (3, 1 / 3.0), (0, 1 / 4.0) }, pool.Accepted.Select(a => (a.Level, a.Alpha)));
        Assert.Equal(3, run.Recalibrations);
    }

    [Fact]
    public void Swa_is_the_equal_mean_of_the_ticket_and_its_candidates()
    {
        using var run = new CraftedRun([3, 9, 9, 9], [6, 9, 9, 9], [0, 9, 9, 9]);
        using var pool = new SwaInterpolator(new PoolOptions()).Interpolate(run.Context(0));
        Assert.Equal(3f, CraftedRun.Values(pool.Ticket.Weights)[0], 5);
        Assert.Equal(new[] { 4.5f, 3f }, run.Projected.Select(p => p.values[0]).ToArray());
    }

    [Fact]
    public void Ema_weighs_each_candidate_by_alpha_as_the_official_interpolate_LTs()
    {
        // interpolate_LTs(v) over [current, candidate]: v * candidate + (1 - v) * current, EMA_value 0.95.
        using var run = new CraftedRun([0.2f, -1f, 0.5f, 0f], [1f, 0.4f, -0.3f, 0.8f], [-0.4f, 0.1f, 0.9f, 0.2f]);
        using var pool = new EmaInterpolator(new EmaOptions()).Interpolate(run.Context(0));
        // 0.95 * level 1 + 0.05 * ticket, before projection; then 0.95 * level 2 + 0.05 * that.
        AssertClose([0.96f, 0.33f, -0.26f, 0.76f], run.Projected[0].values);
        AssertClose([-0.332f, 0.1115f, 0.842f, 0.228f], run.Projected[1].values);
        Assert.All(pool.Accepted, a => Assert.Equal(0.95, a.Alpha, 9));
        Assert.Equal([1, 2], pool.Candidates);
    }

    [Fact]
    public void Swa_of_three_tickets_is_their_running_mean_as_the_official_interpolate_swa()
    {
        // interpolate_swa: the k-th candidate joins with 1/len(current_ticket_ind) = 1/(k+1).
        using var run = new CraftedRun([0.2f, -1f, 0.5f, 0f], [1f, 0.4f, -0.3f, 0.8f], [-0.4f, 0.1f, 0.9f, 0.2f]);
        using var pool = new SwaInterpolator(new PoolOptions()).Interpolate(run.Context(0));
        AssertClose([0.6f, -0.3f, 0.1f, 0.4f], run.Projected[0].values);
        AssertClose([0.8f / 3, -0.5f / 3, 1.1f / 3, 1f / 3], run.Projected[1].values);
    }

    [Fact]
    public void With_no_pool_size_of_their_own_every_pool_method_searches_the_stages_candidates()
    {
        using var run = new CraftedRun([1, 1, 1, 1], [2, 2, 2, 0], [3, 3, 0, 0], [4, 4, 0, 0], [5, 0, 0, 0]);
        IPoolInterpolator[] methods = [new LotteryPoolsInterpolator(new LotteryPoolsOptions()), new SwaInterpolator(new PoolOptions()), new EmaInterpolator(new EmaOptions()), new AverageInterpolator(new GreedyPoolOptions())];
        foreach (var method in methods)
        {
            using var pool = method.Interpolate(run.Context(2, poolSize: 3));
            Assert.Equal([1, 3, 0], pool.Candidates);
        }
        // 0 is every other level; a method's own PoolSize overrides the stage's.
        using (var all = new SwaInterpolator(new PoolOptions()).Interpolate(run.Context(2)))
        {
            Assert.Equal([1, 3, 0, 4], all.Candidates);
        }
        using var own = new EmaInterpolator(new EmaOptions { PoolSize = 1 }).Interpolate(run.Context(2, poolSize: 3));
        Assert.Equal([1], own.Candidates);
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 5);
    }

    [Fact]
    public void Pair_average_mixes_two_levels_and_prunes_to_the_sparser_density()
    {
        using var run = new CraftedRun([1, 2, 3, 4], [3, 2, 1, 0], [4, 2, 0, 0]);
        using (var nearest = new PairAverageInterpolator(new PairAverageOptions()).Interpolate(run.Context(0)))
        {
            Assert.Equal(1, Assert.Single(nearest.Accepted).Level);
            Assert.Equal(new[] { 2f, 2f, 2f, 2f }, run.Projected[0].values);
            Assert.Equal(0.75, run.Projected[0].density);
            Assert.Equal(0.75, nearest.Ticket.Density);
        }
        using var named = new PairAverageInterpolator(new PairAverageOptions { With = 2 }).Interpolate(run.Context(1));
        Assert.Equal(new[] { 3.5f, 2f, 0.5f, 0f }, run.Projected[1].values);
        Assert.Equal(0.5, run.Projected[1].density);
        Assert.Throws<ArgumentException>(() => new PairAverageInterpolator(new PairAverageOptions { With = 1 }).Interpolate(run.Context(1)));
    }

    [Fact]
    public void Ensemble_is_the_ticket_with_its_two_nearest_levels_at_three_times_the_cost()
    {
        using var run = new CraftedRun([1, 1, 1, 1], [2, 2, 2, 0], [3, 3, 0, 0], [4, 4, 0, 0], [5, 0, 0, 0]);
        using var pool = new EnsembleInterpolator(new EnsembleOptions()).Interpolate(run.Context(2));
        Assert.Equal(3, pool.InferenceCost);
        Assert.Equal(new[] { 1, 3 }, pool.EnsembleMembers.Select(m => m.Provenance.Level));
        Assert.Equal(new[] { 3f, 3f, 0f, 0f }, CraftedRun.Values(pool.Ticket.Weights));
        Assert.Equal(new[] { 3 }, run.EnsembleSizes);
        Assert.All(pool.Accepted, a => Assert.Equal((1 / 3.0, 0.75), (a.Alpha, a.ValidationAccuracy)));
    }

    [Fact]
    public void Interpolation_mixes_every_tensor_and_rounds_integer_buffers()
    {
        using var run = new CraftedRun([0, 4, 8, 2], [2, 0, 4, 2]);
        using var mixed = Interpolation.Mix(run.Levels[0].Weights, run.Levels[1].Weights, 0.26);
        Assert.Equal(new[] { 0.52f, 2.96f, 6.96f, 2f }, CraftedRun.Values(mixed).Select(v => (float)Math.Round(v, 5)));
        Assert.Equal(ScalarType.Int64, mixed["bn.num_batches_tracked"].dtype);
        Assert.Equal(3L, mixed["bn.num_batches_tracked"].item<long>());
        using var other = new Lottery.Contracts.Tickets.StateDict([KeyValuePair.Create("v", tensor(new float[] { 1 }))]);
        Assert.Throws<ArgumentException>(() => Interpolation.Mix(run.Levels[0].Weights, other, 0.5));
    }

    [Fact]
    public void Options_reject_alphas_and_margins_outside_their_range()
    {
        Assert.False(Valid(new LotteryPoolsOptions { Alphas = [0.5, 0] }));
        Assert.True(Valid(new LotteryPoolsOptions { Alphas = [0.5, 1] }));
        Assert.False(Valid(new EmaOptions { Alpha = 1 }));
        Assert.True(Valid(new EmaOptions()));
        Assert.False(Valid(new EnsembleOptions { Neighbours = 0 }));
        Assert.False(Valid(new GreedyPoolOptions { MinImprovement = -0.1 }));
        Assert.False(Valid(new PoolOptions { PoolSize = -1 }));
    }

    private static bool Valid(object options) => Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);

    [Fact]
    public void The_plugin_registers_every_pool_interpolator()
    {
        var registry = new RecordingRegistry();
        new PoolsPlugin().Register(registry);
        Assert.Equal(["lottery-pools", "average", "swa", "ema", "pair-average", "ensemble"], registry.Registered.Select(r => r.Name));
        Assert.All(registry.Registered, r => Assert.Equal(typeof(IPoolInterpolator), r.Contract));
    }
}
