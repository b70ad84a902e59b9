using System.Globalization;
using System.Text.RegularExpressions;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests.Reliability;

/// <summary>
/// A run killed with SIGKILL (no chance to clean up) mid-epoch, mid-write and between levels, and resumed each time
/// by running the same command, ends with the results of an uninterrupted run: every mask and weight file byte for
/// byte, every accuracy and loss equal.
/// </summary>
[Collection(QuickImpRunsCollection.Name)]
public sealed partial class KillAndResumeTests(QuickImpRuns runs)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void A_run_killed_mid_epoch_mid_write_and_between_levels_resumes_to_the_same_results_as_an_uninterrupted_run()
    {
        var runsRoot = runs.NewRunsRoot("killed");
        var arguments = QuickImpRuns.Arguments(runsRoot);

        // Mid-epoch: about a third of the way into level 0's second epoch (the first epoch's time says how long that is).
        using (var host = RunningHost.Start(arguments))
        {
            var firstEpoch = host.WaitForLine(line => line.StartsWith("level 0 epoch 1:", StringComparison.Ordinal), QuickImpRuns.Patience);
            Assert.NotNull(firstEpoch);
            Thread.Sleep(EpochTime(firstEpoch) / 3);
            Assert.Equal(HostResult.Killed, host.Kill().ExitCode);
        }
        var run = QuickImpRuns.RunDirectory(runsRoot);
        Assert.False(File.Exists(QuickImpRuns.Level(run, 0, "level.json")), "level 0 was complete when killed: the kill was not mid-epoch");
        Assert.True(File.Exists(QuickImpRuns.Level(run, 0, "checkpoint.safetensors")), "level 0 wrote no checkpoint after its first epoch");

        // Mid-write: the host kills itself half way through writing level 1's first checkpoint.
        using (var host = RunningHost.Start(arguments, new Dictionary<string, string?> { [FaultInjection.Variable] = "kill-mid-write:level_1/checkpoint.safetensors" }))
        {
            var result = host.WaitForExit(QuickImpRuns.Patience);
            Assert.True(result.ExitCode == HostResult.Killed, $"exit code {result.ExitCode}: {result.Error}");
            // Resumed from level 0's checkpoint: only the second epoch is trained again.
            Assert.DoesNotContain(result.OutputLines, line => line.StartsWith("level 0 epoch 1:", StringComparison.Ordinal));
            Assert.Contains(result.OutputLines, line => line.StartsWith("level 0 epoch 2:", StringComparison.Ordinal));
        }
        var halfWritten = Assert.Single(RunArtifacts.Leftovers(run));
        Assert.Equal(QuickImpRuns.Level(run, 1), Path.GetDirectoryName(halfWritten));
        Assert.True(new FileInfo(halfWritten).Length > 0, "the fault killed the host before it wrote anything");
        Assert.False(File.Exists(QuickImpRuns.Level(run, 1, "checkpoint.safetensors")), "a checkpoint half written must never take the real name");

        // Between levels: as soon as level 1 is complete.
        HostResult betweenLevels;
        using (var host = RunningHost.Start(arguments))
        {
            Assert.True(host.WaitUntil(() => File.Exists(QuickImpRuns.Level(run, 1, "level.json")), QuickImpRuns.Patience), "level 1 never completed");
            betweenLevels = host.Kill();
        }
        Assert.Equal(HostResult.Killed, betweenLevels.ExitCode);
        Assert.False(File.Exists(QuickImpRuns.Level(run, 2, "level.json")), "the run finished before it was killed");
        Assert.Contains("removed 1 unfinished file(s)", betweenLevels.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(halfWritten), "the half-written checkpoint was left behind");
        var level1Files = RunArtifacts.FileHashes(QuickImpRuns.Level(run, 1));

        var resumed = HostProcess.Run(QuickImpRuns.Patience, arguments);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains(resumed.OutputLines, line => line.StartsWith("level 0: density 100.00% (complete, skipped)", StringComparison.Ordinal));
        Assert.Contains(resumed.OutputLines, line => line.StartsWith("level 1: density 80.00% (complete, skipped)", StringComparison.Ordinal));
        Assert.DoesNotContain(resumed.OutputLines, line => line.StartsWith("level 0 epoch", StringComparison.Ordinal) || line.StartsWith("level 1 epoch", StringComparison.Ordinal));
        Assert.Contains(resumed.OutputLines, line => line.StartsWith("level 2 epoch 2:", StringComparison.Ordinal));
        Assert.Equal(level1Files, RunArtifacts.FileHashes(QuickImpRuns.Level(run, 1)));
        RunArtifacts.AssertSameResults(runs.ReferenceRun, run);
    }

    // "level 0 epoch 1: ...  (12.3 s)": the epoch's wall time, training and evaluation.
    private static TimeSpan EpochTime(string line) =>
        TimeSpan.FromSeconds(double.Parse(EpochSeconds().Match(line).Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\((\d+(?:\.\d+)?) s\)$")]
    private static partial Regex EpochSeconds();
}
