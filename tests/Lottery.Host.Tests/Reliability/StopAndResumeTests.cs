namespace Lottery.Host.Tests.Reliability;

/// <summary>
/// SIGTERM in the middle of a level writes a checkpoint and exits 130; running the same command again
/// finishes with results identical to an uninterrupted run (masks and weights byte for byte, accuracies equal).
/// </summary>
[Collection(QuickImpRunsCollection.Name)]
public sealed class StopAndResumeTests(QuickImpRuns runs)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void A_run_stopped_by_SIGTERM_resumes_to_the_same_results_as_an_uninterrupted_run()
    {
        var runsRoot = runs.NewRunsRoot("stopped");
        var arguments = QuickImpRuns.Arguments(runsRoot);
        using (var host = RunningHost.Start(arguments))
        {
            // After the first epoch's line the host is in its second epoch: the stop lands mid-level.
            Assert.NotNull(host.WaitForLine(line => line.StartsWith("level 0 epoch 1:", StringComparison.Ordinal), QuickImpRuns.Patience));
            host.Terminate();
            var stopped = host.WaitForExit(TimeSpan.FromMinutes(1));
            Assert.True(stopped.ExitCode == 130, $"exit code {stopped.ExitCode}: {stopped.Error}");
        }
        var run = QuickImpRuns.RunDirectory(runsRoot);
        Assert.True(File.Exists(QuickImpRuns.Level(run, 0, "checkpoint.safetensors")), "no checkpoint was written on SIGTERM");

        var resumed = HostProcess.Run(QuickImpRuns.Patience, arguments);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.DoesNotContain(resumed.OutputLines, line => line.StartsWith("level 0 epoch 1:", StringComparison.Ordinal));
        Assert.Equal(Path.GetFileName(runs.ReferenceRun), Path.GetFileName(run));
        RunArtifacts.AssertSameResults(runs.ReferenceRun, run);
    }
}
