using System.Globalization;

namespace Lottery.Host.Tests;

/// <summary>
/// Lottery:Threads = 0 means every core the process may use: its CPU affinity, which a launcher such as taskset (or
/// Slurm's CPU binding) narrows. The run verb's first line names the count it set; the host runs as a child process
/// so that taskset can pin it.
/// </summary>
public sealed class IntraOpThreadsTests
{
    [Fact]
    public void Zero_threads_is_the_affinity_count()
    {
        Assert.Equal(Environment.ProcessorCount, IntraOpThreads([]));
        Assert.Equal(1, IntraOpThreads(["taskset", "--cpu-list", "0"]));
    }

    [Fact]
    public void A_positive_count_is_taken_as_it_is()
    {
        Assert.Equal(3, IntraOpThreads(["taskset", "--cpu-list", "0"], "--Lottery:Threads=3"));
    }

    /// <summary>The count the run verb reports, read from its first line; the run is stopped there.</summary>
    private static int IntraOpThreads(IReadOnlyList<string> launcher, params string[] overrides)
    {
        var runsRoot = Directory.CreateTempSubdirectory("intra-op-threads-").FullName;
        try
        {
            using var host = RunningHost.Start(
                ["run", "--config", InProcessHost.QuickImp, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}", "--Lottery:Device=cpu", .. overrides],
                launcher: launcher.Count == 0 ? null : launcher);
            var line = host.WaitForLine(l => l.Contains("intra-op threads: ", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
            Assert.True(line != null, "the run printed no thread count");
            return int.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }
        finally
        {
            Directory.Delete(runsRoot, recursive: true);
        }
    }
}
