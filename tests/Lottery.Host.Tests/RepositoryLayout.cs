namespace Lottery.Host.Tests;

/// <summary>Where the repository and the built host are, seen from a test assembly in tests/*/bin/&lt;Configuration&gt;/net10.0.</summary>
internal static class RepositoryLayout
{
    internal static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration this test assembly was built in (and so the host beside it).</summary>
    internal static string Configuration { get; } = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    internal static string HostDirectory => Path.Combine(Root, "host", "Lottery.Host", "bin", Configuration, "net10.0");

    internal static string HostAssembly => Path.Combine(HostDirectory, "Lottery.Host.dll");

    /// <summary>The built-in plugins, as the solution build copies them next to the host.</summary>
    internal static string BuiltInPlugins => Path.Combine(HostDirectory, "plugins");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LotteryHost.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"no LotteryHost.sln above {AppContext.BaseDirectory}");
    }
}
