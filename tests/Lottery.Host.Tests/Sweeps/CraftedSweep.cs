using Lottery.Host.Options;
using Lottery.Host.Runs;
using Lottery.Host.Sweeps;

namespace Lottery.Host.Tests.Sweeps;

/// <summary>
/// A sweep's plan over run directories written by hand, with accuracies chosen so that every mean, sample std and paired
/// gain can be worked out on paper: groups Experiment:Variant=a and =b, three seeds each, where seed s moves an accuracy
/// by Spread[s]; plus points that give nothing (failed, done with a damaged summary, not run).
/// </summary>
internal sealed class CraftedSweep : IDisposable
{
    /// <summary>How far seed 0, 1 and 2 move each accuracy from its group's value: mean 0, sample std 0.02.</summary>
    public static readonly double[] Spread = [-0.02, 0.0, 0.02];

    private readonly List<PlannedPoint> points = [];

    public string Root { get; } = Directory.CreateTempSubdirectory("sweep-report-tests-").FullName;

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public SweepPlan Plan => new(new SweepOptions { Name = "crafted" }, new SweepFolder(Path.Combine(Root, "sweeps", "crafted")), points);

    /// <summary>A done point whose summary.json holds the given results (sealed, as a run writes it).</summary>
    public void Done(string variant, int seed, RunSummary summary)
    {
        var point = Add(variant, seed, PointState.Done);
        Directory.CreateDirectory(point.RunDirectory);
        File.WriteAllText(Path.Combine(point.RunDirectory, RunSummary.FileName), (summary with { RunDir = point.RunDirectory }).ToJson());
    }

    /// <summary>A point in another state, its run directory holding whatever text (a damaged summary) is given.</summary>
    public PlannedPoint Add(string variant, int seed, PointState state, string? error = null, string? summaryText = null)
    {
        var point = new SweepPoint(points.Count, [KeyValuePair.Create("Experiment:Variant", variant), KeyValuePair.Create(SweepPoint.SeedKey, seed.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var planned = new PlannedPoint(point, Path.Combine(Root, $"crafted-{point.Name}"), $"fingerprint-{point.Name}", state, error);
        if (summaryText != null)
        {
            Directory.CreateDirectory(planned.RunDirectory);
            File.WriteAllText(Path.Combine(planned.RunDirectory, RunSummary.FileName), summaryText);
        }
        points.Add(planned);
        return planned;
    }

    /// <summary>aggregate.csv read back: one dictionary per row, by column name (RFC 4180 quoting undone).</summary>
    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path).Select(Fields).ToList();
        return lines.Skip(1).Select(cells => lines[0].Zip(cells).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
