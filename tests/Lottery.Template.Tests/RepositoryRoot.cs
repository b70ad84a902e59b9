namespace Lottery.Template.Tests;

/// <summary>The LotteryHost checkout these tests run from: the nearest folder above them holding LotteryHost.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "LotteryHost.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"no LotteryHost.sln in {AppContext.BaseDirectory} or any folder above it");
    }
}
