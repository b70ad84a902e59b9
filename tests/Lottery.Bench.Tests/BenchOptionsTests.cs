using Lottery.Bench.Driver;

namespace Lottery.Bench.Tests;

/// <summary>--workloads: a run of some of the plan's workloads, the names checked against the plan.</summary>
public sealed class BenchOptionsTests
{
    [Fact]
    public void Workloads_selects_the_named_workloads_of_the_plan()
    {
        var plan = BenchPlan.For(BenchMode.Quick);
        var options = BenchOptions.Parse(["--workloads", "sweep-throughput", "--readme", "none"], "/repo");

        Assert.Equal(["sweep-throughput"], options.Select(plan).Select(w => w.Name));
        Assert.Equal(plan.Count, BenchOptions.Parse([], "/repo").Select(plan).Count);
    }

    [Fact]
    public void An_unknown_workload_is_refused_naming_it_and_the_known_ones()
    {
        var options = BenchOptions.Parse(["--workloads", "sweep-throughput,train-alexnet"], "/repo");

        var error = Assert.Throws<ArgumentException>(() => options.Select(BenchPlan.For(BenchMode.Quick)));
        Assert.Contains("unknown workload(s) train-alexnet", error.Message);
        Assert.Contains("train-lenet-300-100", error.Message);
    }
}
