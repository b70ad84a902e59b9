using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Runs;

/// <summary>
/// The record a finished `./lottery run` leaves in its run directory: completed/&lt;fingerprint&gt;.json, the fingerprint
/// being a hash of every Lottery setting that changes what the run computes or reports (all but where things live and how
/// they are watched: Runs, Plugins, Metrics, Sweep, Threads). One run directory can finish under several configurations
/// (IMP shared, pools or transfers differing), so a sweep point is done exactly when its own fingerprint is recorded, however
/// it was run.
/// </summary>
public static class RunCompletion
{
    public const string FolderName = "completed";

    private static readonly string[] NotComputed = ["Lottery:Runs", "Lottery:Plugins", "Lottery:Metrics", "Lottery:Sweep", "Lottery:Threads"];

    /// <summary>The Lottery settings the fingerprint covers, by full key (ordinal order).</summary>
    public static SortedDictionary<string, string> Settings(IConfiguration configuration)
    {
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in configuration.GetSection("Lottery").AsEnumerable())
        {
            if (value == null || NotComputed.Any(prefix => key.Equals(prefix, StringComparison.OrdinalIgnoreCase) || key.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase))) continue;
            settings[key] = value;
        }
        return settings;
    }

    public static string Fingerprint(IConfiguration configuration) => RunFileJson.HashOfJson(ToJson(Settings(configuration)));

    public static string RecordPath(string runDirectory, string fingerprint) => Path.Combine(runDirectory, FolderName, $"{fingerprint}.json");

    /// <summary>Records that the run in runDirectory finished under configuration.</summary>
    public static void Write(string runDirectory, IConfiguration configuration)
    {
        var settings = Settings(configuration);
        var path = RecordPath(runDirectory, RunFileJson.HashOfJson(ToJson(settings)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteAllText(path, SealedJson.Seal(new JsonObject { ["finished"] = DateTimeOffset.UtcNow.ToString("O"), ["settings"] = ToJson(settings) }));
    }

    /// <summary>Whether a run under configuration finished in runDirectory (a damaged record counts as not finished).</summary>
    public static bool IsDone(string runDirectory, string fingerprint)
    {
        var path = RecordPath(runDirectory, fingerprint);
        if (!File.Exists(path)) return false;
        try
        {
            SealedJson.Read(path);
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static JsonObject ToJson(SortedDictionary<string, string> settings) =>
        new(settings.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)JsonValue.Create(pair.Value))));
}
