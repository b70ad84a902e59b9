using System.Diagnostics;
using System.Globalization;

namespace Lottery.Host.Tests;

/// <summary>
/// SIGTERM in the middle of a level writes a checkpoint and exits 130; running the same command again
/// finishes with results identical to an uninterrupted run (masks byte for byte, accuracies equal).
/// </summary>
public sealed class StopAndResumeTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("stop-resume-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string[] Arguments(string runs) =>
        ["run", "--config", InProcessHost.QuickImp, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}",
         "--Lottery:Device=cpu", "--Lottery:Threads=1", "--Lottery:Experiment:Levels=1", "--Lottery:Training:Duration=3ep"];

    [Fact]
    [Trait("Category", "Slow")]
    public void A_run_stopped_by_SIGTERM_resumes_to_the_same_results_as_an_uninterrupted_run()
    {
        var uninterrupted = Path.Combine(root, "a");
        var stopped = Path.Combine(root, "b");
        var reference = HostProcess.Run(Arguments(uninterrupted));
        Assert.True(reference.ExitCode == 0, reference.Error);

        var exit = StopAfterFirstEpoch(Arguments(stopped));
        Assert.Equal(130, exit);
        var runB = Directory.GetDirectories(stopped).Single();
        Assert.True(File.Exists(Path.Combine(runB, "level_0", "checkpoint.safetensors")), "no checkpoint was written on SIGTERM");
        var resumed = HostProcess.Run(Arguments(stopped));
        Assert.True(resumed.ExitCode == 0, resumed.Error);

        var runA = Directory.GetDirectories(uninterrupted).Single();
        Assert.Equal(Path.GetFileName(runA), Path.GetFileName(runB));
        foreach (var file in new[] { "level_1/mask.safetensors", "level_0/final.safetensors", "level_1/final.safetensors" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(runA, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(runB, file))), $"{file} differs after resuming");
        }
        Assert.Equal(TestAccuracies(runA), TestAccuracies(runB));
    }

    private static string[] TestAccuracies(string run) =>
        File.ReadAllLines(Path.Combine(run, "results.csv")).Skip(1).Select(line => line.Split(',')[4]).ToArray();

    // Starts the host, sends SIGTERM once the first epoch has been reported (so the stop lands mid-level), returns the exit code.
    private static int StopAfterFirstEpoch(string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuildOutputs.HostAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var firstEpoch = new ManualResetEventSlim();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("level 0 epoch 1:", StringComparison.Ordinal) == true) firstEpoch.Set();
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Assert.True(firstEpoch.Wait(TimeSpan.FromMinutes(3)), "the host never reported its first epoch");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the host did not stop after SIGTERM");
        return process.ExitCode;
    }
}
