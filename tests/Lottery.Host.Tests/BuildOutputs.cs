namespace Lottery.Host.Tests;

/// <summary>
/// Where the solution's build put the host and the test plugins (tests/plugins/&lt;Project&gt;/bin/...), in the
/// configuration and target framework this test assembly was built for, read from its own output path
/// (bin/&lt;Configuration&gt;/&lt;TargetFramework&gt;/).
/// </summary>
internal static class BuildOutputs
{
    private static readonly DirectoryInfo TestOutput = new(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Configuration => TestOutput.Parent!.Name;

    public static string TargetFramework => TestOutput.Name;

    public static string HostDirectory => OutputOf(Path.Combine("host", "Lottery.Host"));

    public static string HostAssembly => Path.Combine(HostDirectory, "Lottery.Host.dll");

    /// <summary>The built-in plugins, as the solution build copies them next to the host.</summary>
    public static string BuiltInPlugins => Path.Combine(HostDirectory, "plugins");

    /// <summary>A test plugin project's bin folder; the test project references each one so they are built first.</summary>
    public static string TestPlugin(string project) => OutputOf(Path.Combine("tests", "plugins", project));

    private static string OutputOf(string projectFolder)
    {
        var output = Path.Combine(RepositoryRoot, projectFolder, "bin", Configuration, TargetFramework);
        return Directory.Exists(output)
            ? output
            : throw new DirectoryNotFoundException($"{output} does not exist: build LotteryHost.sln in {Configuration} first");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = TestOutput; directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LotteryHost.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"no LotteryHost.sln above {AppContext.BaseDirectory}");
    }
}
