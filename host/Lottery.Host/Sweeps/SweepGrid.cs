using System.Globalization;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Sweeps;

/// <summary>
/// Expands Lottery:Sweep into its points: the product of the Grid's lists (keys in configuration order, the last varying
/// fastest), crossed with the explicit Points when both are given (each point once per grid combination). Keys are
/// configuration keys relative to the Lottery section, written flat ("Training:Seed": [0, 1]) or nested ("Training":
/// {"Seed": [0, 1]}). A grid key given no list, an empty list, or a key set by both Grid and Points is refused, named.
/// </summary>
public static class SweepGrid
{
    public static IReadOnlyList<SweepPoint> Expand(IConfiguration configuration)
    {
        var sweep = configuration.GetSection($"{LotteryOptions.Section}:Sweep");
        var grid = new List<(string Key, IReadOnlyList<string> Values)>();
        ReadGrid(sweep.GetSection(SweepOptions.GridKey), "", grid);
        var fragments = ReadPoints(sweep.GetSection(SweepOptions.PointsKey));
        foreach (var (key, _) in grid)
        {
            if (fragments.SelectMany(f => f).FirstOrDefault(s => s.Key.Equals(key, StringComparison.OrdinalIgnoreCase) || s.Key.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)) is { Key: not null } clash)
            {
                throw new ConfigurationError($"{sweep.Path}:{SweepOptions.GridKey}:{key} is also set by {sweep.Path}:{SweepOptions.PointsKey} ({clash.Key}): expected each key in one of them");
            }
        }
        var points = new List<SweepPoint>();
        foreach (var fragment in fragments.Count == 0 ? [[]] : fragments)
        {
            foreach (var combination in Product(grid))
            {
                points.Add(new SweepPoint(points.Count, [.. fragment, .. combination]));
            }
        }
        return points;
    }

    private static IEnumerable<List<KeyValuePair<string, string>>> Product(IReadOnlyList<(string Key, IReadOnlyList<string> Values)> grid)
    {
        IEnumerable<List<KeyValuePair<string, string>>> combinations = [[]];
        foreach (var (key, values) in grid)
        {
            combinations = combinations.SelectMany(c => values.Select(v => new List<KeyValuePair<string, string>>([.. c, KeyValuePair.Create(key, v)]))).ToList();
        }
        return combinations;
    }

    private static void ReadGrid(IConfigurationSection section, string key, List<(string, IReadOnlyList<string>)> grid)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            if (key.Length == 0) return;
            throw new ConfigurationError(string.IsNullOrEmpty(section.Value)
                ? $"{section.Path} is an empty list: expected at least one value"
                : $"{section.Path} = {SectionBinder.Format(section.Value)} is invalid: expected a list of values, e.g. [0, 1, 2]");
        }
        if (key.Length > 0 && children.All(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            if (children.FirstOrDefault(c => c.GetChildren().Any()) is { } structured)
            {
                throw new ConfigurationError($"{structured.Path} is not a single value: a grid lists values; use {SweepOptions.PointsKey} for points that set several keys or lists");
            }
            grid.Add((RelativeToLottery(key), children.Select(c => c.Value ?? "").ToList()));
            return;
        }
        foreach (var child in children) ReadGrid(child, key.Length == 0 ? child.Key : $"{key}:{child.Key}", grid);
    }

    private static List<List<KeyValuePair<string, string>>> ReadPoints(IConfigurationSection section)
    {
        var points = new List<List<KeyValuePair<string, string>>>();
        foreach (var point in section.GetChildren())
        {
            if (!int.TryParse(point.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new ConfigurationError($"{point.Path} is invalid: {section.Path} is a list of points, each an object of settings");
            }
            if (point.Value != null && point.Value.Length > 0)
            {
                throw new ConfigurationError($"{point.Path} = {SectionBinder.Format(point.Value)} is invalid: expected an object of settings, e.g. {{\"Experiment:Variant\": \"14\"}}");
            }
            points.Add(point.AsEnumerable(makePathsRelative: true).Where(p => p.Value != null)
                .Select(p => KeyValuePair.Create(RelativeToLottery(p.Key), p.Value!)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        }
        return points;
    }

    private static string RelativeToLottery(string key) =>
        key.StartsWith(LotteryOptions.Section + ":", StringComparison.OrdinalIgnoreCase) ? key[(LotteryOptions.Section.Length + 1)..] : key;
}
