using System.Text.Json.Nodes;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests.Reliability;

/// <summary>
/// A pools stage killed with SIGKILL half way through writing a pool, and run again, rebuilds that pool (reusing the
/// ones before it) to exactly the bytes of an uninterrupted run: each pool recalibrates BatchNorm over training
/// passes drawn from a seed of its own, so where the stage was interrupted changes nothing.
/// </summary>
public sealed class PoolKillTests : IDisposable
{
    private const string LastPool = "pools/level_1/lottery-pools";

    private readonly string root = Directory.CreateTempSubdirectory("pool-kill-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public void A_run_killed_mid_pool_rebuilds_that_pool_to_the_bytes_of_an_uninterrupted_run()
    {
        var config = Path.Combine(root, "pools-with-batchnorm.json");
        File.WriteAllText(config, Experiment.ToJsonString());

        var uninterrupted = Run(config, "uninterrupted");
        Assert.True(uninterrupted.result.ExitCode == 0, uninterrupted.result.Error);

        var runsRoot = Path.Combine(root, "killed");
        using (var host = RunningHost.Start(Arguments(config, runsRoot), new Dictionary<string, string?> { [FaultInjection.Variable] = $"kill-mid-write:{LastPool}/weights.safetensors" }))
        {
            var killed = host.WaitForExit(QuickImpRuns.Patience);
            Assert.True(killed.ExitCode == HostResult.Killed, $"exit code {killed.ExitCode}: {killed.Error}");
        }
        var run = QuickImpRuns.RunDirectory(runsRoot);
        Assert.False(File.Exists(Path.Combine(run, LastPool, "result.json")), "the last pool was complete when killed");

        var resumed = HostProcess.Run(QuickImpRuns.Patience, Arguments(config, runsRoot));
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        // The pools finished before the kill are reused, the interrupted one is built again.
        Assert.Contains(resumed.OutputLines, line => line.StartsWith("pool swa for level 1:", StringComparison.Ordinal) && line.EndsWith("(complete, skipped)", StringComparison.Ordinal));
        Assert.Contains(resumed.OutputLines, line => line == "pool lottery-pools for level 1 ...");
        Assert.Equal(PoolFiles(uninterrupted.run), PoolFiles(run));
    }

    private static (HostResult result, string run) Run(string config, string name)
    {
        var runsRoot = Path.Combine(Path.GetDirectoryName(config)!, name);
        var result = HostProcess.Run(QuickImpRuns.Patience, Arguments(config, runsRoot));
        return (result, result.ExitCode == 0 ? QuickImpRuns.RunDirectory(runsRoot) : "");
    }

    private static string[] Arguments(string config, string runsRoot) =>
        ["run", "--config", config, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}", "--Lottery:Threads=1"];

    /// <summary>SHA-256 of every file of every pool, by path relative to the run.</summary>
    private static SortedDictionary<string, string> PoolFiles(string run)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(Path.Combine(run, "pools"), "*", SearchOption.AllDirectories))
        {
            foreach (var (name, hash) in RunArtifacts.FileHashes(folder)) hashes[$"{Path.GetRelativePath(run, folder)}/{name}"] = hash;
        }
        Assert.Equal(4 * 3, hashes.Count);
        return hashes;
    }

    /// <summary>A small BatchNorm ResNet on a Fashion-MNIST subset, two levels, two pool methods on each.</summary>
    private static JsonObject Experiment => new()
    {
        ["Lottery"] = new JsonObject
        {
            ["Experiment"] = new JsonObject
            {
                ["Name"] = "pool-kill", ["Architecture"] = "cifar-resnet", ["Variant"] = "8-4", ["Dataset"] = "fashion-mnist",
                ["Levels"] = 1, ["PruneFraction"] = 0.5, ["RewindStep"] = "10it",
            },
            ["Training"] = new JsonObject { ["Duration"] = "1ep", ["BatchSize"] = 50, ["LearningRate"] = 0.1, ["Momentum"] = 0.9 },
            ["Device"] = "cpu",
            ["Pools"] = new JsonObject
            {
                ["Methods"] = new JsonArray("swa", "lottery-pools"), ["PoolSize"] = 1, ["BatchNormBatches"] = 4,
            },
            ["Strategies"] = new JsonObject
            {
                ["lottery-pools"] = new JsonObject { ["Alphas"] = new JsonArray(0.2, 0.5, 0.8) },
                ["fashion-mnist"] = new JsonObject
                {
                    ["ValidationSize"] = 200, ["TrainSubset"] = 1000, ["TestSubset"] = 200, ["CorruptedImages"] = 50, ["Severities"] = new JsonArray(1),
                },
            },
        },
    };
}
