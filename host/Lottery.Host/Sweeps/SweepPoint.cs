using System.Globalization;

namespace Lottery.Host.Sweeps;

/// <summary>
/// One point of a sweep: its number in the plan and the settings it changes, as configuration keys relative to the
/// Lottery section ("Training:Seed" = "0"), in the order the study names them.
/// </summary>
public sealed record SweepPoint(int Index, IReadOnlyList<KeyValuePair<string, string>> Settings)
{
    /// <summary>The key of the seed: points differing only in it are one group when results are aggregated.</summary>
    public const string SeedKey = "Training:Seed";

    /// <summary>The point's settings as command-line overrides (what its `./lottery run` is given).</summary>
    public IReadOnlyList<string> Overrides => Settings.Select(s => $"--Lottery:{s.Key}={s.Value}").ToList();

    /// <summary>The settings that make the point's group: all but the seed.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GroupSettings =>
        Settings.Where(s => !s.Key.Equals(SeedKey, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The point's seed as the study sets it, or null when it sets none (the configuration's seed).</summary>
    public string? Seed => Settings.FirstOrDefault(s => s.Key.Equals(SeedKey, StringComparison.OrdinalIgnoreCase)).Value;

    public string Label => Settings.Count == 0 ? "(the configuration as it is)" : string.Join(" ", Settings.Select(s => $"{s.Key}={s.Value}"));

    /// <summary>The group's label: its settings but the seed ("all" for a sweep over seeds alone).</summary>
    public string GroupLabel => GroupSettings.Count == 0 ? "all" : string.Join(" ", GroupSettings.Select(s => $"{s.Key}={s.Value}"));

    public string Name => Index.ToString("D3", CultureInfo.InvariantCulture);
}
