using System.Globalization;
using System.Text.RegularExpressions;

namespace Lottery.Host.Runs;

/// <summary>
/// What `./lottery runs` says of one folder under the runs root. Read from the small records only (experiment.json,
/// level.json's presence, summary.json, last-error.json, the lock), never the weights, so that listing a root of many
/// runs stays quick; whatever is wrong with a folder becomes <see cref="Problem"/> or a note, never an exception.
/// </summary>
/// <param name="Hash">The settings' hash from the folder's name; null for a folder not named like a run.</param>
/// <param name="Problem">Why the folder is not a (whole) run directory: foreign or damaged; null for a sound one.</param>
/// <param name="Stages">The stages with results in summary.json ("imp", "pools (6)", ...), or a note on why it cannot be read.</param>
/// <param name="Holder">The PID of the live process holding the lock, where run.pid names it.</param>
/// <param name="Error">When and why the last run failed (<see cref="LastError"/>), or a note on a damaged record.</param>
public sealed partial record RunStatus(
    string Folder, string Name, string? Hash, string? Problem, int LevelsComplete, int LevelsPresent,
    IReadOnlyList<string> Stages, bool Locked, int? Holder, string? Error)
{
    /// <summary>Every folder under root, by name; none when root does not exist.</summary>
    public static IReadOnlyList<RunStatus> ReadAll(string root) =>
        Directory.Exists(root) ? Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).Select(Read).ToList() : [];

    public static RunStatus Read(string path)
    {
        var folder = Path.GetFileName(path);
        var locked = RunLock.IsHeld(path);
        var holder = locked ? RunLock.Holder(path) : null;
        if (RunDirectory.SplitFolderName(folder) is not { } parts)
        {
            return new(folder, folder, null, "not a run directory: its name is not <name>-<hash>", 0, 0, [], locked, holder, null);
        }
        var (name, hash) = parts;
        try
        {
            var levels = Directory.EnumerateDirectories(path).Select(Path.GetFileName).OfType<string>()
                .Select(level => LevelFolder().Match(level)).Where(match => match.Success)
                .Select(match => RunDirectory.Level(path, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
            var foreign = RunDirectory.FindForeignSettings(path, hash) is { } problem ? $"damaged or foreign: {problem}" : null;
            return new(folder, name, hash, foreign, levels.Count(level => level.IsComplete), levels.Count,
                ReadStages(path), locked, holder, ReadError(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(folder, name, hash, $"unreadable: {e.Message}", 0, 0, [], locked, holder, null);
        }
    }

    private static IReadOnlyList<string> ReadStages(string path)
    {
        var summaryPath = Path.Combine(path, RunSummary.FileName);
        if (!File.Exists(summaryPath)) return [];
        try
        {
            var summary = RunSummary.Read(summaryPath);
            return new (string Stage, int? Results)[]
                {
                    ("imp", summary.Imp.Levels.Count > 0 ? summary.Imp.Levels.Count : null),
                    ("pools", summary.Pools?.Results.Count),
                    ("transform", summary.Transform?.Results.Count),
                    ("sparse-training", summary.SparseTraining?.Rows().Count()),
                }
                .Where(stage => stage.Results != null).Select(stage => $"{stage.Stage} ({stage.Results})").ToList();
        }
        catch (InvalidDataException)
        {
            return [$"{RunSummary.FileName} damaged"];
        }
    }

    private static string? ReadError(string path)
    {
        try
        {
            return LastError.Read(path) is { } error
                ? string.Create(CultureInfo.InvariantCulture, $"{error.Time:yyyy-MM-dd HH:mm:ss} {error.Type}: {error.Message}")
                : null;
        }
        catch (InvalidDataException)
        {
            return $"{LastError.FileName} damaged";
        }
    }

    [GeneratedRegex(@"^level_([0-9]{1,9})$")]
    private static partial Regex LevelFolder();
}
