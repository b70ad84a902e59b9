namespace Lottery.Host.Tests.Reliability;

/// <summary>
/// The experiment the kill, stop and out-of-disk tests interrupt: examples/quick-imp.json (LeNet-300-100 on
/// Fashion-MNIST) with levels 0..2 of 2 epochs, rewinding to step 20 so that pruned levels checkpoint too, batches of
/// 64 so that an epoch (860 steps, a second or more) is long enough to be killed in, one thread; and its run without
/// interruption, made once for all of those tests: what every interrupted run must reproduce. Each test runs in a
/// runs root of its own.
/// </summary>
public sealed class QuickImpRuns : IDisposable
{
    /// <summary>How long any one step of these tests may take: generous, as test assemblies share two cores in CI.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);

    private readonly string root = Directory.CreateTempSubdirectory("quick-imp-runs-").FullName;
    private readonly Lazy<string> reference;

    public QuickImpRuns() => reference = new Lazy<string>(RunUninterrupted);

    /// <summary>The run directory of the uninterrupted run (made on first use).</summary>
    public string ReferenceRun => reference.Value;

    /// <summary>A fresh runs root for one test.</summary>
    public string NewRunsRoot(string name) => Directory.CreateDirectory(Path.Combine(root, name)).FullName;

    public static string[] Arguments(string runsRoot) =>
        ["run", "--config", InProcessHost.QuickImp, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}",
         "--Lottery:Device=cpu", "--Lottery:Threads=1", "--Lottery:Experiment:Levels=2", "--Lottery:Experiment:RewindStep=20it",
         "--Lottery:Training:Duration=2ep", "--Lottery:Training:BatchSize=64"];

    /// <summary>The one run directory under a runs root.</summary>
    public static string RunDirectory(string runsRoot) => Directory.GetDirectories(runsRoot).Single();

    public static string Level(string run, int level, string file = "") => Path.Combine(run, $"level_{level}", file);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string RunUninterrupted()
    {
        var runsRoot = NewRunsRoot("uninterrupted");
        var result = HostProcess.Run(Patience, Arguments(runsRoot));
        Assert.True(result.ExitCode == 0, result.Error);
        return RunDirectory(runsRoot);
    }
}

/// <summary>The tests that interrupt <see cref="QuickImpRuns"/>: they share its uninterrupted run and take turns (they are CPU-bound).</summary>
[CollectionDefinition(Name)]
public sealed class QuickImpRunsCollection : ICollectionFixture<QuickImpRuns>
{
    public const string Name = "interrupted quick-imp runs";
}
