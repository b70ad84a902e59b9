namespace Lottery.Host.Tests;

/// <summary>
/// The built host as a user runs it, against a plugins folder holding Good.Plugin and one of each kind of
/// broken plugin folder. Each test starts a process and libtorch (about a second), so they stay few.
/// </summary>
public sealed class HostProcessTests : IDisposable
{
    private readonly PluginsFolder folder = new PluginsFolder()
        .Add("Good.Plugin")
        .Add("Throwing.Plugin")
        .Add("MissingDependency.Plugin", without: "Helper.Library.dll")
        .Add("FutureContracts.Plugin")
        .AddGarbage("Garbage")
        .AddWithoutAssembly("Empty");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void PluginsVerbListsTheGoodStrategiesAndEveryFailure()
    {
        var result = HostProcess.Run("plugins", PluginsDirectory);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.OutputLines;
        Assert.Contains($"plugins folder: {folder.DirectoryPath}", lines);
        Assert.Contains("loaded plugins (1):", lines);
        Assert.Contains(lines, l => l.StartsWith("pruner ", StringComparison.Ordinal) && l.Contains(" test-good ") && l.EndsWith("[Good.Plugin]"));
        Assert.Contains("MinimumKept = default 1", lines);
        Assert.Contains("plugin folders that failed to load (5):", lines);
        AssertFailureLine(lines, "Empty", "no Empty.dll");
        AssertFailureLine(lines, "FutureContracts.Plugin", "built against Lottery.Contracts 2.0.0.0");
        AssertFailureLine(lines, "Garbage", "not a valid .NET assembly");
        AssertFailureLine(lines, "MissingDependency.Plugin", "Helper.Library");
        AssertFailureLine(lines, "Throwing.Plugin", "boom");
    }

    [Fact]
    public void RunTrainsAndPrunesWithPluginStrategies()
    {
        var result = HostProcess.Run("run", PluginsDirectory, "--Lottery:Device=cpu",
            "--Lottery:Experiment:Dataset=test-blobs", "--Lottery:Experiment:Architecture=test-two-layer",
            "--Lottery:Experiment:Variant=8", "--Lottery:Experiment:Pruner=test-good", "--Lottery:Experiment:Levels=1",
            "--Lottery:Experiment:PruneFraction=0.5", "--Lottery:Experiment:RewindStep=0it", "--Lottery:Training:Duration=1ep", "--Lottery:Training:BatchSize=32",
            $"--Lottery:Runs:Root={Path.Combine(folder.DirectoryPath, "runs")}");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("level 0: density 100.00%", result.OutputLines);
        Assert.Contains("level 1: density 50.00%", result.OutputLines);
    }

    private string PluginsDirectory => $"--Lottery:Plugins:Directory={folder.DirectoryPath}";

    private void AssertFailureLine(IReadOnlyList<string> lines, string name, string reasonContains) =>
        Assert.Contains(lines, l => l.StartsWith($"{folder.PathOf(name)}: ", StringComparison.Ordinal) && l.Contains(reasonContains));
}
