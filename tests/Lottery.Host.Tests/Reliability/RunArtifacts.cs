using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Lottery.Host.Tests.Reliability;

/// <summary>What a run computed, in forms two runs can be compared by: file hashes and accuracies.</summary>
internal static class RunArtifacts
{
    /// <summary>SHA-256 of every file in a folder (not below it), by name.</summary>
    public static SortedDictionary<string, string> FileHashes(string folder, string pattern = "*") =>
        new(Directory.GetFiles(folder, pattern).ToDictionary(file => Path.GetFileName(file), file => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))),
            StringComparer.Ordinal);

    /// <summary>
    /// SHA-256 of every level's weights and mask (mask, rewind, final, best), by path relative to the run; not the
    /// checkpoint, which a finished level deletes.
    /// </summary>
    public static SortedDictionary<string, string> WeightHashes(string run)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var level in Directory.GetDirectories(run, "level_*"))
        {
            foreach (var (name, hash) in FileHashes(level, "*.safetensors").Where(p => p.Key != "checkpoint.safetensors"))
            {
                hashes[$"{Path.GetFileName(level)}/{name}"] = hash;
            }
        }
        return hashes;
    }

    /// <summary>results.csv, then every epoch of every level.json without its wall time.</summary>
    public static IReadOnlyList<string> Metrics(string run)
    {
        var lines = File.ReadAllLines(Path.Combine(run, "results.csv")).ToList();
        foreach (var record in Directory.GetDirectories(run, "level_*").Order(StringComparer.Ordinal).Select(level => Path.Combine(level, "level.json")))
        {
            foreach (var epoch in JsonNode.Parse(File.ReadAllText(record))!["epochs"]!.AsArray())
            {
                epoch!.AsObject().Remove("elapsed");
                lines.Add(epoch.ToJsonString());
            }
        }
        return lines;
    }

    /// <summary>Masks and weights byte for byte, accuracies and losses exactly; and nothing half-written left.</summary>
    public static void AssertSameResults(string expectedRun, string actualRun)
    {
        var expected = WeightHashes(expectedRun);
        Assert.Equal(3 * 4, expected.Count); // levels 0..2, each with mask, rewind, final and best
        Assert.Equal(expected, WeightHashes(actualRun));
        Assert.Equal(Metrics(expectedRun), Metrics(actualRun));
        Assert.Empty(Leftovers(actualRun));
    }

    /// <summary>Temporary files of unfinished writes anywhere in the run.</summary>
    public static string[] Leftovers(string run) => Directory.GetFiles(run, "*.tmp", SearchOption.AllDirectories);
}
