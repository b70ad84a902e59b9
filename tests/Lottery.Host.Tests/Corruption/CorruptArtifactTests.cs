using Lottery.Host.Reports;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests.Corruption;

/// <summary>
/// Every file a run keeps, damaged between two runs (a byte flipped, cut to half, deleted): the next run of the same
/// command names the file and what is wrong, redoes what produced it and nothing else, and ends with exactly the
/// results of the undamaged run.
/// </summary>
[Collection(GlobalRandomUsersCollection.Name)]
public sealed class CorruptArtifactTests(ReferenceRuns reference) : IClassFixture<ReferenceRuns>, IDisposable
{
    private const string Checkpoint = "level_1/checkpoint.safetensors";

    private static readonly string[] CompleteRunFiles =
    [
        "experiment.json", "summary.json", "results.csv", "report.md", "report.html",
        .. new[] { 0, 1 }.SelectMany(level => new[] { "mask", "rewind", "final", "best" }.Select(name => $"level_{level}/{name}.safetensors").Append($"level_{level}/level.json")),
        "pools/level_1/average/weights.safetensors", "pools/level_1/average/mask.safetensors", "pools/level_1/average/result.json",
    ];

    // Without them the level or pool is merely unfinished, as a missing checkpoint means no epoch done: there is no
    // damage to name, and what they mark is simply built.
    private static readonly string[] UnfinishedWithout = ["level_0/level.json", "level_1/level.json", "pools/level_1/average/result.json", Checkpoint];

    private readonly string runs = Directory.CreateTempSubdirectory("corruption-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    public static TheoryData<string, FileDamage> Damages()
    {
        var data = new TheoryData<string, FileDamage>();
        foreach (var file in CompleteRunFiles.Append(Checkpoint))
        {
            foreach (var damage in Enum.GetValues<FileDamage>().Where(d => d != FileDamage.Delete || !UnfinishedWithout.Contains(file))) data.Add(file, damage);
        }
        return data;
    }

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Damages))]
    public void A_damaged_file_is_named_and_what_made_it_redone_to_the_same_results(string file, FileDamage damage)
    {
        // The checkpoint only exists while a level is unfinished.
        var run = ReferenceRuns.CopyInto(runs, file == Checkpoint ? reference.Stopped : reference.Complete);
        var path = Path.Combine(run, file);
        damage.ApplyTo(path);

        var warning = Assert.Single(ReferenceRuns.Run(runs));

        Assert.Contains(damage.Expected(path), warning);
        AssertSameResults(reference.Complete, run, redoneLevel: LevelOf(file));
    }

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("level_1/level.json", "level_0/final.safetensors", "level 1 is redone")]
    [InlineData("pools/level_1/average/result.json", "level_1/mask.safetensors", "pool average for level 1 is built again")]
    public void A_result_built_from_a_file_that_has_changed_since_is_built_again(string record, string input, string redo)
    {
        var run = ReferenceRuns.CopyInto(runs, reference.Complete);
        var path = Path.Combine(run, record);
        // As if the input had been redone to other bytes after the result was built from it.
        var sealedRecord = SealedJson.Read(path);
        sealedRecord["builtFrom"]![input] = new string('0', 64);
        File.WriteAllText(path, SealedJson.Seal(sealedRecord));

        var warning = Assert.Single(ReferenceRuns.Run(runs));

        Assert.Contains($"{redo}: it was built from {Path.Combine(run, input)}, which has changed since", warning);
        AssertSameResults(reference.Complete, run, redoneLevel: LevelOf(record));
    }

    private static int? LevelOf(string file) => file.StartsWith("level_", StringComparison.Ordinal) ? int.Parse(file["level_".Length..file.IndexOf('/')]) : null;

    /// <summary>
    /// The same files with the same content (masks and weights byte for byte); level records equal but for their
    /// timings, and byte for byte (not redone) but for redoneLevel's; summaries equal but for where the run is.
    /// </summary>
    private static void AssertSameResults(string expectedRun, string actualRun, int? redoneLevel)
    {
        var expectedFiles = Directory.GetFiles(expectedRun, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expectedRun, f)).Order().ToList();
        Assert.Equal(expectedFiles, Directory.GetFiles(actualRun, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actualRun, f)).Order());
        foreach (var file in expectedFiles.Where(f => Path.GetFileName(f) is not ("run.lock" or "run.pid")))
        {
            var (expected, actual) = (Path.Combine(expectedRun, file), Path.Combine(actualRun, file));
            if (file == RunSummary.FileName)
            {
                Assert.Equal((RunSummary.Read(expected) with { RunDir = "" }).ToJson(), (RunSummary.Read(actual) with { RunDir = "" }).ToJson());
            }
            else if (Path.GetFileName(file) == "level.json" && LevelOf(file) == redoneLevel)
            {
                Assert.Equal(Measures(expected), Measures(actual));
            }
            else
            {
                Assert.True(File.ReadAllBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(actual)), $"{file} differs from the undamaged run's");
            }
        }
    }

    // A level record without the times it took.
    private static string Measures(string levelRecord)
    {
        var folder = Path.GetDirectoryName(levelRecord)!;
        // The reader checks the record is of its own level: level_<n>/ holds level n's.
        var level = new LevelDirectory(folder, int.Parse(Path.GetFileName(folder)["level_".Length..])).ReadRecord();
        return string.Join(";", level.Epochs.Select(e => e with { Elapsed = TimeSpan.Zero }).Prepend<object>(level.Density));
    }
}
