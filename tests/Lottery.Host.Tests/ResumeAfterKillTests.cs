using System.Diagnostics;

namespace Lottery.Host.Tests;

/// <summary>A run killed with SIGKILL after level 1 is completed by running the same command again.</summary>
public sealed class ResumeAfterKillTests : IDisposable
{
    private readonly string runs = Directory.CreateTempSubdirectory("resume-tests-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public void A_run_killed_after_level_1_completes_without_redoing_levels_0_and_1()
    {
        string[] arguments = ["run", "--config", InProcessHost.QuickImp, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}",
            "--Lottery:Device=cpu", "--Lottery:Experiment:Levels=3", "--Lottery:Training:Duration=1ep"];
        KillWhenLevelCompletes(arguments, level: 1);
        var runDirectory = Directory.GetDirectories(runs).Single();
        Assert.True(File.Exists(Path.Combine(runDirectory, "level_1", "level.json")));
        Assert.False(File.Exists(Path.Combine(runDirectory, "level_3", "level.json")), "the run finished before it was killed");
        var level1Final = File.GetLastWriteTimeUtc(Path.Combine(runDirectory, "level_1", "final.safetensors"));

        var resumed = HostProcess.Run(arguments);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains(resumed.OutputLines, l => l.StartsWith("level 0: density 100.00% (complete, skipped)", StringComparison.Ordinal));
        Assert.Contains(resumed.OutputLines, l => l.StartsWith("level 1: density 80.00% (complete, skipped)", StringComparison.Ordinal));
        Assert.DoesNotContain(resumed.OutputLines, l => l.StartsWith("level 0 epoch", StringComparison.Ordinal) || l.StartsWith("level 1 epoch", StringComparison.Ordinal));
        Assert.Contains(resumed.OutputLines, l => l.StartsWith("level 3 epoch 1", StringComparison.Ordinal));
        Assert.Equal(level1Final, File.GetLastWriteTimeUtc(Path.Combine(runDirectory, "level_1", "final.safetensors")));
        Assert.True(File.Exists(Path.Combine(runDirectory, "summary.json")));
    }

    // Starts the host and kills it (SIGKILL, no chance to clean up) as soon as the level's record appears.
    private void KillWhenLevelCompletes(string[] arguments, int level)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuildOutputs.HostAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Lottery__Metrics__Prometheus__Url"] = ""; // no metrics port shared with hosts of other tests
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Generous: CI runs test assemblies side by side on two cores.
        var deadline = DateTime.UtcNow.AddMinutes(8);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (Directory.GetFiles(runs, "level.json", SearchOption.AllDirectories).Any(f => f.Contains($"level_{level}"))) break;
            Thread.Sleep(20);
        }
        Assert.False(process.HasExited, $"the host exited (code {(process.HasExited ? process.ExitCode : 0)}) before level {level} completed");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
