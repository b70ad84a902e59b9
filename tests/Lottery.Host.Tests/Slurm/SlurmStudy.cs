using System.Text.Json.Nodes;

namespace Lottery.Host.Tests.Slurm;

/// <summary>
/// A study the Slurm tests submit: examples/quick-imp.json made small by overrides, plus a study file of their own
/// (Lottery:Sweep, executor slurm) in a temporary folder that also holds the runs. Runs `./lottery sweep` against the
/// test cluster, reads what the sweep left in its folder, and runs any point directly, as `./lottery run`, elsewhere: what
/// its Slurm task must have reproduced.
/// </summary>
internal sealed class SlurmStudy : IDisposable
{
    private static readonly TimeSpan HostPatience = TimeSpan.FromMinutes(6);

    private readonly SlurmCluster cluster;
    private readonly string root = Directory.CreateTempSubdirectory("slurm-study-").FullName;
    private readonly string name;
    private readonly IReadOnlyList<string> overrides;

    /// <param name="grid">Lottery:Sweep:Grid: configuration keys (relative to Lottery), each with its values.</param>
    /// <param name="overrides">Command-line overrides shaping the experiment, e.g. --Lottery:Training:Duration=1ep.</param>
    public SlurmStudy(SlurmCluster cluster, string name, JsonObject grid, params string[] overrides)
    {
        this.cluster = cluster;
        this.name = name;
        this.overrides = overrides;
        var study = new JsonObject
        {
            ["Lottery"] = new JsonObject
            {
                ["Sweep"] = new JsonObject { ["Name"] = name, ["Executor"] = "slurm", ["Grid"] = grid, ["Slurm"] = new JsonObject { ["CpusPerTask"] = 1 } },
            },
        };
        File.WriteAllText(StudyFile, study.ToJsonString());
    }

    public string StudyFile => Path.Combine(root, "study.json");

    public string RunsRoot => Path.Combine(root, "runs");

    public string Folder => Path.Combine(RunsRoot, "sweeps", name);

    /// <summary>`./lottery sweep` (or, with --status, its plan alone) of this study, to its end.</summary>
    public HostResult Sweep(params string[] more)
    {
        using var host = RunningHost.Start(["sweep", .. Configuration(RunsRoot), .. more], cluster.ClientEnvironment);
        return host.WaitForExit(HostPatience);
    }

    /// <summary>The sweep's one job: the id `sweep` recorded (and checks it recorded no other).</summary>
    public string JobId => File.ReadLines(Path.Combine(Folder, "slurm-jobs.txt")).Single().Split(' ')[0];

    /// <summary>Every point of plan.json: its number, its settings as overrides, its run directory and fingerprint.</summary>
    public IReadOnlyList<(int Index, string[] Overrides, string RunDirectory, string Fingerprint)> Points() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "plan.json")))!["points"]!.AsArray().Select(point => (
            point!["index"]!.GetValue<int>(),
            point["settings"]!.AsObject().Select(s => $"--Lottery:{s.Key}={s.Value!.GetValue<string>()}").ToArray(),
            point["runDirectory"]!.GetValue<string>(),
            point["fingerprint"]!.GetValue<string>())).ToList();

    public string LogPath(int index) => Path.Combine(Folder, "points", $"{index:D3}.log");

    public string Log(int index) => File.ReadAllText(LogPath(index));

    public string? ExitCode(int index)
    {
        var path = Path.Combine(Folder, "points", $"{index:D3}.exit");
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    /// <summary>Runs a point directly (`./lottery run`, its settings, one thread as its task had) in a runs root of its own; its run directory.</summary>
    public string RunDirectly(int index)
    {
        var point = Points().Single(p => p.Index == index);
        var runsRoot = Path.Combine(root, "direct");
        var result = HostProcess.Run(HostPatience, ["run", .. Configuration(runsRoot), .. point.Overrides, "--Lottery:Threads=1"]);
        Assert.True(result.ExitCode == 0, $"point {index} run directly failed: {result.Error}");
        return Path.Combine(runsRoot, Path.GetFileName(point.RunDirectory));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string[] Configuration(string runsRoot) =>
        ["--config", InProcessHost.QuickImp, "--config", StudyFile, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}",
         "--Lottery:Device=cpu", .. overrides];
}
