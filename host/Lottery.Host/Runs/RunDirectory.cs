using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// A run's directory, <c>&lt;root&gt;/&lt;name&gt;-&lt;hash&gt;</c>, where the hash covers every setting that changes
/// what the run computes (not its name, the number of levels, the device or thread count: adding levels
/// continues the same run). experiment.json records the settings hashed; since they are known whenever the run
/// is opened, a damaged or missing record is found by comparing and written again.
/// </summary>
public sealed class RunDirectory
{
    private const string SettingsFile = "experiment.json";

    private RunDirectory(string path, JsonObject settings)
    {
        Path = path;
        Settings = settings;
    }

    public string Path { get; }

    public JsonObject Settings { get; }

    public string SummaryPath => System.IO.Path.Combine(Path, RunSummary.FileName);

    public string SettingsPath => System.IO.Path.Combine(Path, SettingsFile);

    /// <summary>
    /// Opens (creating if needed) the run directory of what descriptor describes (the typed settings that change what the
    /// run computes); warning hears of a damaged settings record.
    /// </summary>
    public static RunDirectory Open<TDescriptor>(string root, string name, TDescriptor descriptor, Action<string>? warning = null)
    {
        var settings = RunFileJson.ToObject(descriptor);
        var path = PathOf(root, name, settings);
        Directory.CreateDirectory(path);
        var run = new RunDirectory(path, settings);
        var isNew = !Directory.EnumerateFileSystemEntries(path).Any();
        var problem = isNew ? null : run.FindSettingsProblem();
        if (problem != null) warning?.Invoke($"{problem}: written again");
        if (isNew || problem != null) AtomicFile.WriteAllText(run.SettingsPath, SealedJson.Indented(settings));
        return run;
    }

    /// <summary>The path of the run directory of what descriptor describes, created or not.</summary>
    public static string PathOf<TDescriptor>(string root, string name, TDescriptor descriptor) => PathOf(root, name, RunFileJson.ToObject(descriptor));

    private static string PathOf(string root, string name, JsonObject settings)
    {
        var rootPath = System.IO.Path.GetFullPath(root);
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(rootPath, FolderName(name, RunFileJson.HashOfJson(settings))));
        if (!path.StartsWith(rootPath + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new Configuration.ConfigurationError($"Lottery:Experiment:Name = '{name}' would place the run outside {rootPath}");
        }
        return path;
    }

    public LevelDirectory Level(int level) => Level(Path, level);

    /// <summary>The folder name of a run: its name, a dash, and the hash of its settings.</summary>
    public static string FolderName(string name, string hash) => $"{name}-{hash}";

    /// <summary>A folder name split back into name and hash; null when it is no run's (no dash, or not a hash after the last one).</summary>
    public static (string Name, string Hash)? SplitFolderName(string folderName)
    {
        var dash = folderName.LastIndexOf('-');
        if (dash <= 0) return null;
        var hash = folderName[(dash + 1)..];
        return hash.Length == RunFileJson.HashLength && hash.All(char.IsAsciiHexDigitLower) ? (folderName[..dash], hash) : null;
    }

    /// <summary>
    /// What is wrong with the run directory at path as a record of its settings: experiment.json missing, not JSON, or
    /// not hashing to the hash in the folder's name; null when it is this run's record.
    /// </summary>
    public static string? FindForeignSettings(string path, string hash)
    {
        var settingsPath = System.IO.Path.Combine(path, SettingsFile);
        if (!File.Exists(settingsPath)) return $"{SettingsFile} is missing";
        try
        {
            var recorded = RunFileJson.HashOfJson(JsonNode.Parse(File.ReadAllText(settingsPath)) ?? throw new JsonException("it holds null"));
            return recorded == hash ? null : $"{SettingsFile} holds the settings of {recorded}, not {hash}";
        }
        catch (JsonException e)
        {
            return $"{SettingsFile} is not valid JSON ({e.Message})";
        }
    }

    /// <summary>What is wrong with experiment.json, or null when it holds this run's settings.</summary>
    private string? FindSettingsProblem()
    {
        if (!File.Exists(SettingsPath)) return $"{SettingsPath} is missing";
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(SettingsPath)), Settings) ? null : $"{SettingsPath} is corrupt: it does not hold the settings this run directory is named by";
        }
        catch (JsonException e)
        {
            return $"{SettingsPath} is corrupt: it is not valid JSON ({e.Message})";
        }
    }

    /// <summary>Level level of the run directory at runPath (one this process did not open, e.g. a transform's source).</summary>
    public static LevelDirectory Level(string runPath, int level) => new(System.IO.Path.Combine(runPath, $"level_{level}"), level);
}
