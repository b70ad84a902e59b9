using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lottery.Host.Runs;

/// <summary>
/// A run's directory, <c>&lt;root&gt;/&lt;name&gt;-&lt;hash&gt;</c>, where the hash covers every setting that changes
/// what the run computes (not its name, the number of levels, the device or thread count: adding levels
/// continues the same run). experiment.json records the settings hashed.
/// </summary>
public sealed class RunDirectory
{
    private RunDirectory(string path, JsonObject settings)
    {
        Path = path;
        Settings = settings;
    }

    public string Path { get; }

    public JsonObject Settings { get; }

    public string SummaryPath => System.IO.Path.Combine(Path, "summary.json");

    public static RunDirectory Open(string root, string name, JsonObject settings)
    {
        var hash = HashOf(settings);
        var rootPath = System.IO.Path.GetFullPath(root);
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(rootPath, $"{name}-{hash}"));
        if (!path.StartsWith(rootPath + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new Configuration.ConfigurationError($"Lottery:Experiment:Name = '{name}' would place the run outside {rootPath}");
        }
        Directory.CreateDirectory(path);
        var recorded = System.IO.Path.Combine(path, "experiment.json");
        if (!File.Exists(recorded)) AtomicFile.WriteAllText(recorded, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return new RunDirectory(path, settings);
    }

    public LevelDirectory Level(int level) => Level(Path, level);

    /// <summary>Level level of the run directory at runPath (one this process did not open, e.g. a transform's source).</summary>
    public static LevelDirectory Level(string runPath, int level) => new(System.IO.Path.Combine(runPath, $"level_{level}"), level);

    /// <summary>The first 12 hex digits of the SHA-256 of settings as compact JSON: what names a run, or any part of one.</summary>
    public static string HashOf(JsonNode settings) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settings.ToJsonString())))[..12];
}
