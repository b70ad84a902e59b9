using Lottery.Host.Sweeps;

namespace Lottery.Host.Tests.Sweeps;

/// <summary>`sweep` writes the aggregate when its last point ends; `report --sweep` writes it again from the run directories.</summary>
public sealed class SweepReportEndToEndTests : IDisposable
{
    private readonly string runs = Directory.CreateTempSubdirectory("sweep-e2e-tests-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public void The_quick_sweep_is_aggregated_over_its_two_seeds()
    {
        // examples/quick-sweep.json: LeNet with IMP (levels 0..2) and two pool methods, seeds 0 and 1, run as processes.
        var sweep = Run("sweep");
        Assert.True(sweep.ExitCode == 0, $"sweep failed ({sweep.ExitCode}): {sweep.Error}\n{sweep.Output}");
        var folder = Path.Combine(runs, "sweeps", "quick-sweep");
        Assert.Contains($"report: {Path.Combine(folder, "report.html")}", sweep.Output);

        var rows = CraftedSweep.ReadCsv(Path.Combine(folder, "aggregate.csv"));
        var imp = rows.Where(r => r["stage"] == AggregateStage.Imp).ToList();
        Assert.Equal(["0", "1", "2"], imp.Select(r => r["level"]));
        var pools = rows.Where(r => r["stage"] == AggregateStage.Pools).ToList();
        Assert.Equal(["average", "lottery-pools"], pools.Select(r => r["method"]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(6, pools.Count);
        Assert.All(imp.Concat(pools), r =>
        {
            Assert.Equal(("all", "2", "000 001"), (r["group"], r["n"], r["points"]));
            Assert.NotEqual("", r["testAccuracyStd"]);
        });
        Assert.All(pools, r => Assert.NotEqual("", r["testGainMean"]));
        Assert.DoesNotContain("Points not in the aggregate", File.ReadAllText(Path.Combine(folder, "report.md")));

        // Nothing ran since: the report verb plans the same points and writes the same aggregate.
        var written = File.ReadAllText(Path.Combine(folder, "aggregate.csv"));
        var report = Run("report");
        Assert.True(report.ExitCode == 0, $"report failed ({report.ExitCode}): {report.Error}");
        Assert.Equal(written, File.ReadAllText(Path.Combine(folder, "aggregate.csv")));
    }

    [Fact]
    public void Report_without_a_sweep_is_a_usage_error_naming_the_switch()
    {
        var result = Lottery.Host.Tests.BadInput.BadInputWorkspace.Run(["report", $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sweep", result.Error);
    }

    // `sweep --config` and `report --sweep` with the same study file and overrides.
    private HostResult Run(string verb) => Lottery.Host.Tests.BadInput.BadInputWorkspace.Run([
        verb, verb == "sweep" ? "--config" : "--sweep", Path.Combine(BuildOutputs.RepositoryRoot, "examples", "quick-sweep.json"),
        $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}", "--Lottery:Metrics:Prometheus:Url="]);
}
