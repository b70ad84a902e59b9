using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests.Corruption;

/// <summary>
/// One small run, for all the corruption tests: examples/quick-imp.json on 2,000 Fashion-MNIST images with levels 0
/// and 1, two epochs each, and the average pool of level 1. Kept twice: as it was when killed in level 1's second
/// epoch (level 1 has its mask, rewind and best weights and the checkpoint of its first epoch), and complete (that
/// run resumed). Each test works on a copy of one of them.
/// </summary>
public sealed class ReferenceRuns : IDisposable
{
    /// <summary>The command-line overrides of the run, after examples/quick-imp.json.</summary>
    public static readonly string[] Command =
    [
        "--Lottery:Experiment:Levels=1", "--Lottery:Experiment:RewindStep=5it", "--Lottery:Training:Duration=2ep",
        "--Lottery:Strategies:fashion-mnist:TrainSubset=2000", "--Lottery:Strategies:fashion-mnist:ValidationSize=500",
        "--Lottery:Strategies:fashion-mnist:TestSubset=500", "--Lottery:Strategies:fashion-mnist:CorruptedImages=0",
        "--Lottery:Pools:Methods:0=average", "--Lottery:Pools:TargetLevels:0=1",
    ];

    private readonly string root = Directory.CreateTempSubdirectory("corruption-reference-").FullName;

    public ReferenceRuns()
    {
        var runs = Path.Combine(root, "runs");
        Assert.Throws<SimulatedKill>(() => Run(runs, new ImpProgress(Step: KillInLevel1Epoch2), null));
        var run = Directory.GetDirectories(runs).Single();
        Stopped = Path.Combine(root, "stopped", Path.GetFileName(run));
        CopyDirectory(run, Stopped);
        Assert.True(File.Exists(Path.Combine(Stopped, "level_1", "checkpoint.safetensors")), "the kill left no checkpoint of level 1");
        Assert.Empty(Run(runs));
        Complete = run;
    }

    /// <summary>The run directory as the kill left it.</summary>
    public string Stopped { get; }

    /// <summary>The run directory complete: the stopped run resumed to the end.</summary>
    public string Complete { get; }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>The same command on the runs folder, as the `run` verb runs it; returns the warnings of both stages.</summary>
    public static List<string> Run(string runs)
    {
        var warnings = new List<string>();
        Run(runs, new ImpProgress(Warning: warnings.Add), new PoolsProgress(Warning: warnings.Add));
        return warnings;
    }

    /// <summary>Copies a reference run directory into the runs folder (as its only run); returns where the copy is.</summary>
    public static string CopyInto(string runs, string runDirectory)
    {
        var copy = Path.Combine(runs, Path.GetFileName(runDirectory));
        CopyDirectory(runDirectory, copy);
        return copy;
    }

    private static void Run(string runs, ImpProgress? imp, PoolsProgress? pools) => InProcessHost.RunPools(InProcessHost.QuickImp, runs, imp, pools, Command);

    // After the first epoch of level 1 (its checkpoint written), as a kill would.
    private static void KillInLevel1Epoch2(StepReport step)
    {
        if (step.Plan.Level == 1 && step.Epoch == 1) throw new SimulatedKill();
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private sealed class SimulatedKill : Exception;
}
