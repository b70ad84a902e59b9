using Lottery.Fuzz;

namespace Lottery.Fuzz.Tests;

/// <summary>The committed seeds are what the framework's writers write today (make fuzz-seeds rewrites them).</summary>
public sealed class SeedCorpusTests
{
    public static TheoryData<string> Targets() => new(FuzzTargets.All.Select(target => target.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Committed_seeds_match_the_writers(string targetName)
    {
        var target = FuzzTargets.Find(targetName)!;
        foreach (var seed in target.Seeds(Corpus.Repository))
        {
            var path = Path.Combine(Corpus.Folder(target), seed.Name);
            Assert.True(File.Exists(path), $"{path} is missing: run make fuzz-seeds");
            Assert.True(seed.Content.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{path} differs from what the writers write now: run make fuzz-seeds");
        }
    }
}
