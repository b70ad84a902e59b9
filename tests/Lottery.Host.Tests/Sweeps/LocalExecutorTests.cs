using System.Globalization;
using System.Text.RegularExpressions;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests.Sweeps;

/// <summary>
/// The local executor on examples/quick-sweep.json made smaller: points run as processes side by side, each ending exactly
/// as the same run alone; a point already run is not run again; a stopped sweep finishes only what was left.
/// </summary>
public sealed partial class LocalExecutorTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("local-executor-tests-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public void Points_run_side_by_side_each_as_it_runs_alone_and_a_point_already_run_is_skipped()
    {
        var alone = Path.Combine(root, "alone");
        var swept = Path.Combine(root, "swept");
        // One thread for the run alone as for each point: libtorch's sums (and so the weights) depend on the thread count.
        Succeed(Host(["run", .. Study(alone), "--Lottery:Training:Seed=1", "--Lottery:Threads=1"]));
        // Seed 0 run by hand first: the sweep finds it done under the same run directory and leaves it.
        Succeed(Host(["run", .. Study(swept), "--Lottery:Training:Seed=0"]));

        var sweep = Host(["sweep", .. Study(swept), "--Lottery:Sweep:Grid:Training:Seed:2=2", "--Lottery:Sweep:Parallel=2", "--Lottery:Threads=1"]);

        Succeed(sweep);
        Assert.Matches(@"000  done .*Training:Seed=0", sweep.Output);
        Assert.Matches(@"001  to do .*Training:Seed=1", sweep.Output);
        var points = Path.Combine(swept, "sweeps", "quick-sweep", "points");
        Assert.False(File.Exists(Path.Combine(points, "000.log")), "the point already done was run again");
        var (start1, end1) = Lifetime(Path.Combine(points, "001.log"));
        var (start2, end2) = Lifetime(Path.Combine(points, "002.log"));
        Assert.True(start1 < end2 && start2 < end1, $"points 001 ({start1:O}..{end1:O}) and 002 ({start2:O}..{end2:O}) did not overlap");

        var seed1Alone = RunDirectoryOf(alone, seed: 1);
        var seed1Swept = RunDirectoryOf(swept, seed: 1);
        Assert.Equal(Path.GetFileName(seed1Alone), Path.GetFileName(seed1Swept));
        Assert.Equal(RunSummary.Read(Path.Combine(seed1Alone, RunSummary.FileName)).Imp.Rows(), RunSummary.Read(Path.Combine(seed1Swept, RunSummary.FileName)).Imp.Rows());
        foreach (var file in Directory.EnumerateFiles(seed1Alone, "*.safetensors", SearchOption.AllDirectories))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(seed1Swept, Path.GetRelativePath(seed1Alone, file))));
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_stopped_sweep_started_again_finishes_only_what_was_left()
    {
        var runs = Path.Combine(root, "runs");
        var points = Path.Combine(runs, "sweeps", "quick-sweep", "points");
        using (var sweep = RunningHost.Start(["sweep", .. Study(runs), "--Lottery:Sweep:Parallel=2", "--Lottery:Training:Duration=6ep"]))
        {
            // Stopped once both points are past their dense level: what they finished must not be trained again.
            Assert.True(sweep.WaitUntil(() => new[] { "000", "001" }.All(p => LogHas(points, p, "level 1 epoch 1")), TimeSpan.FromMinutes(4)), "the points never reached level 1");
            sweep.Terminate();
            var stopped = sweep.WaitForExit(TimeSpan.FromMinutes(2));
            Assert.True(stopped.ExitCode == 130, $"the stopped sweep exited {stopped.ExitCode}: {stopped.Error}");
        }
        Assert.Equal(["130", "130"], new[] { "000", "001" }.Select(p => File.ReadAllText(Path.Combine(points, $"{p}.exit"))));

        var again = Host(["sweep", .. Study(runs), "--Lottery:Sweep:Parallel=2", "--Lottery:Training:Duration=6ep"]);

        Succeed(again);
        Assert.Matches(@"2 to do", again.Output);
        foreach (var point in new[] { "000", "001" })
        {
            var attempts = File.ReadAllText(Path.Combine(points, $"{point}.log")).Split("# ", StringSplitOptions.RemoveEmptyEntries).Where(a => a.Contains(" start: ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, attempts.Count);
            Assert.Contains("level 0: density 100.00% (complete, skipped)", attempts[1]);
            Assert.DoesNotContain("level 0 epoch", attempts[1]);
            Assert.Equal("0", File.ReadAllText(Path.Combine(points, $"{point}.exit")));
        }
        Assert.True(File.Exists(Path.Combine(runs, "sweeps", "quick-sweep", "aggregate.csv")));
    }

    private static bool LogHas(string points, string point, string text)
    {
        var path = Path.Combine(points, $"{point}.log");
        return File.Exists(path) && File.ReadAllText(path).Contains(text, StringComparison.Ordinal);
    }

    // The quick sweep on a smaller subset, its runs under runs.
    private static string[] Study(string runs) =>
    [
        "--config", Path.Combine(BuildOutputs.RepositoryRoot, "examples", "quick-sweep.json"),
        $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}", "--Lottery:Metrics:Prometheus:Url=",
        "--Lottery:Strategies:fashion-mnist:TrainSubset=4000", "--Lottery:Experiment:RewindStep=10it",
    ];

    private static HostResult Host(string[] arguments) => Lottery.Host.Tests.BadInput.BadInputWorkspace.Run(arguments);

    private static void Succeed(HostResult result) => Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}: {result.Error}\n{result.Output}");

    private static string RunDirectoryOf(string runs, int seed) =>
        Directory.EnumerateDirectories(runs, "quick-sweep-*").Single(d => File.ReadAllText(Path.Combine(d, "experiment.json")).Contains($"\"seed\": {seed},", StringComparison.Ordinal));

    // When the point's process started and ended, from the lines its log begins and ends an attempt with.
    private static (DateTimeOffset Start, DateTimeOffset End) Lifetime(string log)
    {
        var times = File.ReadLines(log).Select(line => Stamp().Match(line)).Where(m => m.Success)
            .Select(m => DateTimeOffset.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        return (times[0], times[^1]);
    }

    [GeneratedRegex(@"^# (\S+) (start|exit code)")]
    private static partial Regex Stamp();
}
