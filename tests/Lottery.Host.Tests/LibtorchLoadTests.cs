namespace Lottery.Host.Tests;

/// <summary>
/// libtorch takes about half a second to load: commands that compute nothing (listing plugins or runs, planning a sweep)
/// never load it, and those that do compute still get the configured thread count (see <see cref="IntraOpThreadsTests"/>).
/// The dynamic loader's own log (LD_DEBUG=files) says which libraries a process opened.
/// </summary>
public sealed class LibtorchLoadTests
{
    private const string Native = "liblottery_torch_native.so";

    [Fact]
    public void Listing_plugins_and_runs_and_planning_a_sweep_do_not_load_libtorch_and_the_version_does()
    {
        var runsRoot = Directory.CreateTempSubdirectory("libtorch-load-").FullName;
        try
        {
            string[] common = [$"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}"];
            string[][] computeNothing =
            [
                ["plugins", .. common],
                ["runs", .. common],
                ["sweep", "--status", "--config", InProcessHost.QuickImp, "--Lottery:Sweep:Name=plan-only", "--Lottery:Sweep:Grid:Training:Seed:0=0", "--Lottery:Sweep:Grid:Training:Seed:1=1", .. common],
            ];
            foreach (var arguments in computeNothing)
            {
                var result = Run(arguments);
                Assert.True(result.ExitCode == 0, $"{arguments[0]} exited with {result.ExitCode}: {result.Error}");
                Assert.DoesNotContain(Native, result.Error);
            }
            // The control: the loader's log does name it when libtorch is used.
            Assert.Contains(Native, Run(["version", .. common]).Error);
        }
        finally
        {
            Directory.Delete(runsRoot, recursive: true);
        }
    }

    private static HostResult Run(string[] arguments)
    {
        using var host = RunningHost.Start(arguments, new Dictionary<string, string?> { ["LD_DEBUG"] = "files" });
        return host.WaitForExit(TimeSpan.FromMinutes(2));
    }
}
