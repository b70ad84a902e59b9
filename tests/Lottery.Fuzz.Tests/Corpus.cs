using Lottery.Fuzz;

namespace Lottery.Fuzz.Tests;

/// <summary>The committed corpus, tests/fuzz/corpus/&lt;target&gt;/: seeds and every crasher found, minimised.</summary>
internal static class Corpus
{
    public static string Repository { get; } = FindRepository();

    public static string Folder(IFuzzTarget target) => Path.Combine(Repository, "tests", "fuzz", "corpus", target.Name);

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LotteryHost.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"no LotteryHost.sln above {AppContext.BaseDirectory}");
    }
}
