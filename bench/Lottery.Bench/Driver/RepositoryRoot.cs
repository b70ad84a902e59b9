namespace Lottery.Bench.Driver;

/// <summary>The repository the bench runs in: the first folder holding LotteryHost.sln above the working directory or this program.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "LotteryHost.sln"))) return directory.FullName;
            }
        }
        throw new BenchException($"no LotteryHost.sln above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}: run the bench inside the repository");
    }
}
