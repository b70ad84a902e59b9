using Lottery.Fuzz;

namespace Lottery.Fuzz.Tests;

/// <summary>
/// Every corpus file of every target read by the real reader through the fuzz target: a value or the documented
/// error, nothing else. A crasher make fuzz adds fails here until its reader is fixed, and guards the fix after.
/// </summary>
public sealed class CorpusReplayTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("corpus-replay-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    public static TheoryData<string, string> Files()
    {
        var files = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var file in Directory.GetFiles(Corpus.Folder(target)).Order(StringComparer.Ordinal)) files.Add(target.Name, Path.GetFileName(file));
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_to_a_value_or_the_documented_error(string targetName, string file)
    {
        var target = FuzzTargets.Find(targetName)!;
        FuzzTargets.Run(target, File.ReadAllBytes(Path.Combine(Corpus.Folder(target), file)), scratch);
    }

    [Fact]
    public void Every_target_has_a_corpus()
    {
        Assert.All(FuzzTargets.All, target => Assert.NotEmpty(Directory.GetFiles(Corpus.Folder(target))));
    }
}
