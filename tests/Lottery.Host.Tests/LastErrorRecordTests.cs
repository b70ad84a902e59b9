using Lottery.Host.Runs;

namespace Lottery.Host.Tests;

/// <summary>
/// The run verb records why a run failed in its run directory (last-error.json, for `./lottery runs`) and removes the
/// record once a run of the directory succeeds; a refusal because another process holds the directory records nothing.
/// Real host processes on a tiny LeNet run, failed by the fault-injection hook once the run directory is open.
/// </summary>
public sealed class LastErrorRecordTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("last-error-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_failed_run_records_its_error_and_a_later_success_removes_it()
    {
        HostResult failed;
        using (var host = RunningHost.Start(Arguments(), new Dictionary<string, string?> { [FaultInjection.Variable] = "enospc:level_0/level.json" }))
        {
            failed = host.WaitForExit(TimeSpan.FromMinutes(3));
        }
        Assert.True(failed.ExitCode == 1, $"exit code {failed.ExitCode}: {failed.Error}");
        var run = Assert.Single(Directory.GetDirectories(root));
        var recorded = LastError.Read(run);
        Assert.NotNull(recorded);
        Assert.Equal(nameof(IOException), recorded.Type);
        Assert.Contains("level.json", recorded.Message, StringComparison.Ordinal);
        Assert.Contains("No space left on device", recorded.Message, StringComparison.Ordinal);
        Assert.InRange(recorded.Time, DateTimeOffset.Now.AddMinutes(-5), DateTimeOffset.Now);
        var listed = HostProcess.Run("runs", $"--Lottery:Runs:Root={root}");
        Assert.Contains(listed.OutputLines, line => line.Contains("IOException: could not write", StringComparison.Ordinal) && line.Contains("No space left on device", StringComparison.Ordinal));

        var rerun = HostProcess.Run(TimeSpan.FromMinutes(3), Arguments());
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Null(LastError.Read(run));
    }

    [Fact]
    public void A_run_refused_because_another_process_holds_the_directory_records_nothing()
    {
        Assert.Equal(0, HostProcess.Run(TimeSpan.FromMinutes(3), Arguments()).ExitCode);
        var run = Assert.Single(Directory.GetDirectories(root));
        using (RunLock.Acquire(run))
        {
            var refused = HostProcess.Run(TimeSpan.FromMinutes(3), Arguments());
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("is in use by another live process", refused.Error, StringComparison.Ordinal);
        }
        Assert.False(File.Exists(LastError.PathIn(run)), "the refused run recorded an error in a directory another process owns");
    }

    // Level 0 of LeNet on a sliver of Fashion-MNIST: seconds.
    private string[] Arguments() =>
        ["run", "--config", InProcessHost.QuickImp, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={root}",
         "--Lottery:Device=cpu", "--Lottery:Threads=1", "--Lottery:Experiment:Levels=0", "--Lottery:Experiment:RewindStep=0it", "--Lottery:Training:Duration=20it",
         "--Lottery:Strategies:fashion-mnist:TrainSubset=2000", "--Lottery:Strategies:fashion-mnist:TestSubset=500", "--Lottery:Strategies:fashion-mnist:ValidationSize=500",
         "--Lottery:Metrics:Prometheus:FinalScrapeWaitSeconds=0"];
}
