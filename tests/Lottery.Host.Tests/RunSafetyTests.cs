using Lottery.Host.Experiments;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests;

/// <summary>A run directory is never written by two live processes, and a diverging level stops with a clear message.</summary>
public sealed class RunSafetyTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("run-safety-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_locked_run_directory_is_refused_naming_the_holder()
    {
        using (RunLock.Acquire(directory))
        {
            var error = Assert.Throws<InvalidOperationException>(() => RunLock.Acquire(directory));
            Assert.Contains(directory, error.Message);
            Assert.Contains($"in use by another live process (PID {Environment.ProcessId})", error.Message);
        }
        // Released on dispose (and by the OS when a process dies): the next run gets it.
        using var again = RunLock.Acquire(directory);
        Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(directory, "run.pid")));
    }

    [Fact]
    public void A_diverging_level_stops_with_a_message_naming_the_level_and_step()
    {
        var error = Assert.Throws<TrainingDivergedException>(() =>
            InProcessHost.RunImp(directory, "--Lottery:Experiment:Levels=1", "--Lottery:Training:LearningRate=100", "--Lottery:Training:Momentum=0.9"));
        Assert.Equal(0, error.Level);
        Assert.Contains("level 0 diverged at step", error.Message);
        Assert.Contains("Lottery:Training:LearningRate", error.Message);
        var run = Directory.GetDirectories(directory).Single();
        Assert.True(File.Exists(Path.Combine(run, "experiment.json")));
        Assert.False(File.Exists(Path.Combine(run, "level_0", "level.json")));
    }
}
