namespace Lottery.Template.Tests;

/// <summary>The LotteryHost checkout these tests run from: the nearest folder above them holding LotteryHost.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>
    /// The configuration the solution was built in, which is this test assembly's (bin/&lt;Configuration&gt;/net10.0):
    /// the host and the packages are taken from that build.
    /// </summary>
    public static string BuildConfiguration { get; } =
        new DirectoryInfo(System.IO.Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "LotteryHost.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"no LotteryHost.sln in {AppContext.BaseDirectory} or any folder above it");
    }
}
