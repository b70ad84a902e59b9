namespace Lottery.Template.Tests;

/// <summary>
/// Makes plugins from plugin-template/ the way a plugin author does: installs the template (into a hive
/// of its own, so the user's templates are untouched) and instantiates it with a folder of packages as its
/// package source.
/// </summary>
public static class TemplatePlugin
{
    public const string Configuration = "Release";

    // Generous, so a loaded two-core machine does not fail them; finite, so a hang does.
    private static readonly TimeSpan TemplateTimeout = TimeSpan.FromMinutes(2);

    public static string TemplateDirectory => Path.Combine(RepositoryRoot.Path, "plugin-template");

    /// <summary>
    /// Generates the plugin called name (e.g. "Acme.Pruning") as workDir/name, taking LotteryHost's packages
    /// from the packages folder, and returns that folder.
    /// </summary>
    public static string Create(string name, string workDir, string packages)
    {
        var hive = Path.Combine(workDir, "template-hive");
        // --force: a second plugin made under the same workDir finds the template installed there already.
        DotnetCli.Run(workDir, TemplateTimeout, ["new", "install", TemplateDirectory, "--force", "--debug:custom-hive", hive]);
        DotnetCli.Run(workDir, TemplateTimeout, ["new", "lottery-plugin", "-n", name, "--packages", packages, "--debug:custom-hive", hive]);
        return Path.Combine(workDir, name);
    }

    /// <summary>The plugin's build output: what goes into a host's plugins/&lt;name&gt;/ folder.</summary>
    public static string OutputDirectory(string solutionDirectory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(solutionDirectory));
        return Path.Combine(solutionDirectory, name, "bin", Configuration, "net10.0");
    }
}
