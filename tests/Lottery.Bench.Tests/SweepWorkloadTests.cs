using Lottery.Bench.Driver;
using Lottery.Bench.Worker;
using Lottery.Torch;

namespace Lottery.Bench.Tests;

/// <summary>The host command lines of the sweep-throughput workload: the same points, one after another or through one sweep.</summary>
public sealed class SweepWorkloadTests
{
    [Fact]
    public void Serial_runs_each_seed_as_its_own_run_at_one_thread()
    {
        var commands = SweepWorkload.Commands(Request.Parse("sweep mode=serial points=4 Strategies:fashion-mnist:TrainSubset=4000"), Device.CPU, "/repo", "/tmp/runs", cores: 2);

        Assert.Equal(4, commands.Count);
        Assert.All(commands, c => Assert.Equal("run", c[0]));
        Assert.Equal(["--Lottery:Training:Seed=0", "--Lottery:Training:Seed=1", "--Lottery:Training:Seed=2", "--Lottery:Training:Seed=3"], commands.Select(c => c[^1]));
        Assert.All(commands, c => Assert.Contains("--Lottery:Threads=1", c));
        Assert.All(commands, c => Assert.Contains("--Lottery:Strategies:fashion-mnist:TrainSubset=4000", c));
        Assert.All(commands, c => Assert.Contains("--Lottery:Metrics:Prometheus:Url=", c));
        Assert.All(commands, c => Assert.Contains("--Lottery:Runs:Root=/tmp/runs", c));
        Assert.All(commands, c => Assert.Equal("/repo/examples/quick-sweep.json", c[c.ToList().IndexOf("--config") + 1]));
    }

    [Fact]
    public void Local_is_one_sweep_over_the_same_seeds_with_a_point_per_core()
    {
        var serial = SweepWorkload.Commands(Request.Parse("sweep mode=serial points=4 Experiment:RewindStep=10it"), Device.CPU, "/repo", "/tmp/runs", cores: 2);
        var local = Assert.Single(SweepWorkload.Commands(Request.Parse("sweep mode=local points=4 Experiment:RewindStep=10it"), Device.CPU, "/repo", "/tmp/runs", cores: 2));

        Assert.Equal("sweep", local[0]);
        Assert.Contains("--Lottery:Sweep:Executor=local", local);
        Assert.Contains("--Lottery:Sweep:Parallel=2", local);
        Assert.Equal(["--Lottery:Sweep:Grid:Training:Seed:0=0", "--Lottery:Sweep:Grid:Training:Seed:1=1", "--Lottery:Sweep:Grid:Training:Seed:2=2", "--Lottery:Sweep:Grid:Training:Seed:3=3"],
            local.Where(a => a.StartsWith("--Lottery:Sweep:Grid:", StringComparison.Ordinal)));
        // Everything else is what each serial run gets, so a point computes what its serial run does.
        Assert.Equal(serial[0].Skip(1).SkipLast(1), local.Skip(1).Where(a => !a.StartsWith("--Lottery:Sweep:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fewer_points_than_the_study_has_seeds_or_an_unknown_mode_is_refused()
    {
        Assert.Contains("points=1", Assert.Throws<FormatException>(() => SweepWorkload.Commands(Request.Parse("sweep mode=serial points=1"), Device.CPU, "/r", "/t", 2)).Message);
        Assert.Contains("mode=both", Assert.Throws<FormatException>(() => SweepWorkload.Commands(Request.Parse("sweep mode=both points=2"), Device.CPU, "/r", "/t", 2)).Message);
    }

    [Theory]
    [InlineData(BenchMode.Tiny)]
    [InlineData(BenchMode.Quick)]
    [InlineData(BenchMode.Full)]
    public void Every_mode_compares_the_sweep_with_the_same_points_run_serially(BenchMode mode)
    {
        var sweep = BenchPlan.For(mode).Single(w => w.Name == "sweep-throughput");

        Assert.True(sweep.OursOnly);
        Assert.Equal(SweepWorkload.Serial, sweep.Peer!.Name);
        Assert.Equal(sweep.Request.Replace("mode=local", "mode=serial", StringComparison.Ordinal), sweep.Peer.Request);
    }
}
