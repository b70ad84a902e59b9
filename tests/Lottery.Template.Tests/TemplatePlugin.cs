namespace Lottery.Template.Tests;

/// <summary>
/// Makes plugins from plugin-template/ the way a plugin author does: installs the template (into a hive
/// of its own, so the user's templates are untouched), instantiates it against this checkout, builds it.
/// </summary>
public static class TemplatePlugin
{
    public const string Configuration = "Release";

    // Generous, so a loaded two-core machine does not fail them; finite, so a hang does. A first build may
    // also build the torch binding and its native library in this checkout.
    private static readonly TimeSpan TemplateTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    // A generated plugin's build also builds this checkout's contracts and torch projects: two builds at
    // once (tests run in parallel) would race on their obj folders.
    private static readonly Lock BuildLock = new();

    public static string TemplateDirectory => Path.Combine(RepositoryRoot.Path, "plugin-template");

    /// <summary>
    /// Generates the plugin called name (e.g. "Acme.Pruning") as workDir/name, built against this checkout,
    /// and returns that folder.
    /// </summary>
    public static string Create(string name, string workDir)
    {
        var hive = Path.Combine(workDir, "template-hive");
        // --force: a second plugin made under the same workDir finds the template installed there already.
        DotnetCli.Run(workDir, TemplateTimeout, "new", "install", TemplateDirectory, "--force", "--debug:custom-hive", hive);
        DotnetCli.Run(workDir, TemplateTimeout, "new", "lottery-plugin", "-n", name, "--host-root", RepositoryRoot.Path, "--debug:custom-hive", hive);
        return Path.Combine(workDir, name);
    }

    /// <summary>Builds a generated plugin's solution (plugin and tests) and returns the plugin's output folder.</summary>
    public static string Build(string solutionDirectory)
    {
        lock (BuildLock) DotnetCli.Run(solutionDirectory, BuildTimeout, "build", "-c", Configuration);
        return OutputDirectory(solutionDirectory);
    }

    /// <summary>Runs the own tests of a plugin that <see cref="Build"/> built (it builds nothing, so takes no lock).</summary>
    public static string Test(string solutionDirectory) =>
        DotnetCli.Run(solutionDirectory, BuildTimeout, "test", "-c", Configuration, "--no-build");

    /// <summary>
    /// Generates and builds the plugin called name under workDir; returns its output folder, which is what
    /// goes into a host's plugins/&lt;name&gt;/ folder.
    /// </summary>
    public static string CreateAndBuild(string name, string workDir) => Build(Create(name, workDir));

    public static string OutputDirectory(string solutionDirectory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(solutionDirectory));
        return Path.Combine(solutionDirectory, name, "bin", Configuration, "net10.0");
    }
}
