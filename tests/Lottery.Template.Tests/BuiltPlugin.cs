namespace Lottery.Template.Tests;

/// <summary>
/// A plugin author's setup, with no LotteryHost checkout: this checkout's packages packed into a folder, and
/// Acme.Pruning generated from the template in a temporary folder outside the checkout (no
/// Directory.Build.props or Directory.Packages.props of ours above it) with that folder as its package
/// source, then built. Its package cache is its own: the user's may hold an earlier build of the same
/// package version, which NuGet would take instead of the one just packed.
/// </summary>
public sealed class BuiltPlugin : IDisposable
{
    public const string Name = "Acme.Pruning";

    // Generous, so a loaded two-core machine does not fail it; finite, so a hang does. The first restore
    // also fetches the test packages into the empty cache.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private readonly TemporaryDirectory work = new();

    public BuiltPlugin()
    {
        try
        {
            LotteryPackages.Pack(Packages);
            Solution = TemplatePlugin.Create(Name, work.Path, Packages);
            Run("build", "-c", TemplatePlugin.Configuration);
        }
        catch
        {
            work.Dispose();
            throw;
        }
    }

    /// <summary>The folder the packages were packed into, and the plugin's package source.</summary>
    public string Packages => Path.Combine(work.Path, "packages");

    /// <summary>Where the plugin's restore put the packages it took (NUGET_PACKAGES).</summary>
    public string PackageCache => Path.Combine(work.Path, "package-cache");

    /// <summary>The generated folder: the plugin's solution, its plugin and test projects.</summary>
    public string Solution { get; }

    /// <summary>The plugin's build output: what goes into a host's plugins/Acme.Pruning/ folder.</summary>
    public string Output => TemplatePlugin.OutputDirectory(Solution);

    /// <summary>Runs the plugin's own tests (built already) and returns their output.</summary>
    public string Test() => Run("test", "-c", TemplatePlugin.Configuration, "--no-build");

    public void Dispose() => work.Dispose();

    private string Run(params string[] arguments) =>
        DotnetCli.Run(Solution, BuildTimeout, arguments, new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackageCache });
}

/// <summary>The tests that share one <see cref="BuiltPlugin"/> (one pack and one build for all of them).</summary>
[CollectionDefinition(Name)]
public sealed class BuiltPluginCollection : ICollectionFixture<BuiltPlugin>
{
    public const string Name = "built plugin";
}
