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
    public void Ema_keeps_the_decay_of_the_running_average_at_each_candidate()
    {
        using var run = new CraftedRun([0, 5, 5, 5], [1, 5, 5, 0], [1, 5, 0, 0]);
        using var pool = new EmaInterpolator(new EmaOptions()).Interpolate(run.Context(0));
        Assert.Equal(new[] { 0.05f, 0.0975f }, run.Projected.Select(p => (float)Math.Round(p.values[0], 6)).ToArray());
        Assert.All(pool.Accepted, a => Assert.Equal(0.05, a.Alpha, 9));
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
    public void Options_reject_alphas_and_decays_outside_their_range()
    {
        Assert.False(Valid(new LotteryPoolsOptions { Alphas = [0.5, 0] }));
        Assert.True(Valid(new LotteryPoolsOptions { Alphas = [0.5, 1] }));
        Assert.False(Valid(new EmaOptions { Decay = 1 }));
        Assert.True(Valid(new EmaOptions()));
        Assert.False(Valid(new EnsembleOptions { Neighbours = 0 }));
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
