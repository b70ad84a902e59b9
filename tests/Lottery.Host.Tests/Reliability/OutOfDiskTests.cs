using Lottery.Host.Runs;

namespace Lottery.Host.Tests.Reliability;

/// <summary>
/// The disk fills up while level 1's final weights are written (injected: the write fails with ENOSPC half way).
/// The host stops with one clear line and a non-zero exit code, level 0 is untouched, nothing half-written is left
/// under the real name; once there is space again, the same command finishes as an uninterrupted run would have.
/// </summary>
[Collection(QuickImpRunsCollection.Name)]
public sealed class OutOfDiskTests(QuickImpRuns runs)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void A_full_disk_while_writing_level_1_fails_clearly_keeps_level_0_and_the_rerun_finishes_identically()
    {
        var runsRoot = runs.NewRunsRoot("full-disk");
        var arguments = QuickImpRuns.Arguments(runsRoot);

        HostResult failed;
        using (var host = RunningHost.Start(arguments, new Dictionary<string, string?> { [FaultInjection.Variable] = "enospc:level_1/final.safetensors" }))
        {
            failed = host.WaitForExit(QuickImpRuns.Patience);
        }
        Assert.True(failed.ExitCode == 1, $"exit code {failed.ExitCode}: {failed.Error}");
        var error = Assert.Single(failed.Error.Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains($"level_1{Path.DirectorySeparatorChar}final.safetensors", error, StringComparison.Ordinal);
        Assert.Contains("No space left on device", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failed.Error, StringComparison.Ordinal); // a message, not a stack dump

        var run = QuickImpRuns.RunDirectory(runsRoot);
        Assert.False(File.Exists(QuickImpRuns.Level(run, 1, "final.safetensors")), "a final.safetensors was written although the disk was full");
        Assert.False(File.Exists(QuickImpRuns.Level(run, 1, "level.json")), "level 1 is marked complete without its final weights");
        Assert.Empty(RunArtifacts.Leftovers(run));
        var level0 = RunArtifacts.FileHashes(QuickImpRuns.Level(run, 0));
        Assert.Equal(
            RunArtifacts.FileHashes(QuickImpRuns.Level(runs.ReferenceRun, 0), "*.safetensors"),
            RunArtifacts.FileHashes(QuickImpRuns.Level(run, 0), "*.safetensors"));

        var rerun = HostProcess.Run(QuickImpRuns.Patience, arguments);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Contains(rerun.OutputLines, line => line.StartsWith("level 0: density 100.00% (complete, skipped)", StringComparison.Ordinal));
        Assert.Equal(level0, RunArtifacts.FileHashes(QuickImpRuns.Level(run, 0)));
        RunArtifacts.AssertSameResults(runs.ReferenceRun, run);
    }
}
