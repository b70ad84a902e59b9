using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Lottery.Contracts.Pools;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests;

/// <summary>
/// `./lottery runs` on crafted run directories: levels complete out of those begun, the stages summary.json holds, a
/// lock held by this process or by another live one, a recorded failure, and folders that are not sound runs, each a
/// row of its own.
/// </summary>
[Collection(ProcessEnvironment.Collection)]
public sealed class RunsVerbTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("runs-verb-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Lists_levels_stages_and_the_last_error_of_each_run()
    {
        var pooled = CraftRun("pooled", seed: 1, completeLevels: 3, begunLevels: 1);
        WriteSummary(pooled, levels: 3, pools: 2);
        var failed = CraftRun("failed", seed: 2, completeLevels: 1, begunLevels: 1);
        LastError.Record(failed, new IOException("could not write level_1/final.safetensors: No space left on device"),
            new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));

        var lines = Runs();

        Assert.Equal(["run", "hash", "levels", "stages", "lock", "last", "error", "/", "problem"], Words(lines[1]));
        Assert.Equal(["pooled", HashOf(pooled), "3/4", "imp", "(3),", "pools", "(2)", "-", "-"], Words(Row(lines, "pooled")));
        Assert.Equal(
            ["failed", HashOf(failed), "1/2", "-", "-", "2025-03-04", "05:06:07", "IOException:", "could", "not", "write", "level_1/final.safetensors:", "No", "space", "left", "on", "device"],
            Words(Row(lines, "failed")));
    }

    [Fact]
    public void Names_the_live_process_holding_a_run_this_one_or_another()
    {
        var mine = CraftRun("mine", seed: 3, completeLevels: 1, begunLevels: 0);
        var theirs = CraftRun("theirs", seed: 4, completeLevels: 1, begunLevels: 0);
        var released = CraftRun("released", seed: 5, completeLevels: 1, begunLevels: 0);
        RunLock.Acquire(released).Dispose();
        using var held = RunLock.Acquire(mine);
        // flock(1) holds an exclusive flock on run.lock, as a run does, for as long as its command runs; --close keeps the
        // command from inheriting it, so the lock goes with flock's own exit.
        using var other = Process.Start("flock", ["--exclusive", "--close", Path.Combine(theirs, "run.lock"), "sleep", "120"]);
        File.WriteAllText(Path.Combine(theirs, "run.pid"), other.Id.ToString(CultureInfo.InvariantCulture));
        try
        {
            Assert.True(SpinWait.SpinUntil(() => RunLock.IsHeld(theirs), TimeSpan.FromSeconds(30)), "flock never took the lock");

            var lines = Runs();

            Assert.Equal(["PID", Environment.ProcessId.ToString(CultureInfo.InvariantCulture)], Words(Row(lines, "mine"))[4..6]);
            Assert.Equal(["PID", other.Id.ToString(CultureInfo.InvariantCulture)], Words(Row(lines, "theirs"))[4..6]);
            Assert.Equal("-", Words(Row(lines, "released"))[4]);
            // Probing took nothing from the holders: the run still refuses a second one, the free one still opens.
            Assert.Throws<RunInUseException>(() => RunLock.Acquire(theirs));
            RunLock.Acquire(released).Dispose();
        }
        finally
        {
            other.Kill(entireProcessTree: true);
            other.WaitForExit();
        }
        Assert.False(RunLock.IsHeld(theirs));
    }

    [Fact]
    public void A_foreign_or_damaged_folder_is_a_row_saying_so()
    {
        Directory.CreateDirectory(Path.Combine(root, "scratch"));
        Directory.CreateDirectory(Path.Combine(root, "nosettings-0123456789ab"));
        var other = CraftRun("moved", seed: 6, completeLevels: 1, begunLevels: 0);
        var renamed = Path.Combine(root, "moved-ba9876543210");
        Directory.Move(other, renamed);
        var damaged = CraftRun("damaged", seed: 7, completeLevels: 2, begunLevels: 0);
        File.WriteAllText(Path.Combine(damaged, RunSummary.FileName), "{\"name\": \"damaged\", \"imp\": ");
        File.WriteAllText(LastError.PathIn(damaged), "{}x");

        var lines = Runs();

        Assert.Contains("not a run directory: its name is not <name>-<hash>", Row(lines, "scratch"), StringComparison.Ordinal);
        Assert.Contains("damaged or foreign: experiment.json is missing", Row(lines, "nosettings"), StringComparison.Ordinal);
        Assert.Contains($"damaged or foreign: experiment.json holds the settings of {HashOf(other)}, not ba9876543210", Row(lines, "moved"), StringComparison.Ordinal);
        Assert.Equal(["damaged", HashOf(damaged), "2/2", "summary.json", "damaged", "-", "last-error.json", "damaged"], Words(Row(lines, "damaged")));
    }

    [Fact]
    public void An_empty_or_missing_root_says_so()
    {
        Assert.Equal($"no run directories under {root}", Runs()[0]);
        Directory.Delete(root);
        Assert.Equal($"no run directories: {root} does not exist", Runs()[0]);
        Directory.CreateDirectory(root);
    }

    /// <summary>A run directory named by the hash of its experiment.json, with complete levels and begun ones after them.</summary>
    private string CraftRun(string name, int seed, int completeLevels, int begunLevels)
    {
        var settings = new JsonObject { ["experiment"] = new JsonObject { ["architecture"] = "lenet" }, ["training"] = new JsonObject { ["seed"] = seed } };
        var path = Directory.CreateDirectory(Path.Combine(root, RunDirectory.FolderName(name, RunFileJson.HashOfJson(settings)))).FullName;
        File.WriteAllText(Path.Combine(path, "experiment.json"), settings.ToJsonString());
        for (var level = 0; level < completeLevels + begunLevels; level++)
        {
            var directory = RunDirectory.Level(path, level);
            directory.Create();
            File.WriteAllText(directory.MaskPath, "");
            if (level < completeLevels) File.WriteAllText(directory.RecordPath, "{}");
        }
        return path;
    }

    private static void WriteSummary(string run, int levels, int pools)
    {
        var imp = new ImpSummary(Enumerable.Range(0, levels).Select(level => new LevelSummary(level, Math.Pow(0.8, level), 0.9, 0.9, 0.9, 0.9)).ToList());
        var results = Enumerable.Range(1, pools).Select(level => new PoolLevelSummary(
            level, "swa", "best", Math.Pow(0.8, level), 1, 0.9, 0.91, 0.9, 0.91, null, null, null, null, [level - 1], [new AcceptedCandidate(level - 1, 0.5, 0.91)])).ToList();
        File.WriteAllText(Path.Combine(run, RunSummary.FileName), new RunSummary(Path.GetFileName(run), run, imp) { Pools = new PoolsSummary(results) }.ToJson());
    }

    private string[] Runs()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(["runs", $"--Lottery:Runs:Root={root}"], BuildOutputs.HostDirectory, output, error);
        Assert.True(exitCode == 0, error.ToString());
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string HashOf(string run) => RunDirectory.SplitFolderName(Path.GetFileName(run))!.Value.Hash;

    private static string Row(string[] lines, string name) => Assert.Single(lines, line => Words(line)[0] == name);

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
