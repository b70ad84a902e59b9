using System.Globalization;
using System.Text;

namespace Lottery.Host.Sweeps;

/// <summary>
/// aggregate.csv: one line per <see cref="AggregateRow"/>: its key, mean density, n and the points it averages, then the
/// mean and sample std of every metric (<see cref="AggregateMetrics.All"/>), empty where the stage has no such metric or
/// some run lacks it (std also for n = 1). Accuracies and gains are fractions, as in summary.json. Fields holding a comma
/// or a quote (a group's settings may) are quoted as RFC 4180 says.
/// </summary>
public static class AggregateCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["stage", "group", "method", "source", "target", "startWeights", "level", "density", "n", "points", .. AggregateMetrics.All.SelectMany(m => new[] { m + "Mean", m + "Std" })];

    public static string Write(IEnumerable<AggregateRow> rows)
    {
        var csv = new StringBuilder().AppendJoin(',', Columns).Append('\n');
        foreach (var row in rows)
        {
            var k = row.Key;
            var cells = new List<string> { k.Stage, k.Group, k.Method, k.Source, k.Target, k.StartWeights, Number(k.Level), Number(row.Density), Number(row.N), string.Join(' ', row.Points) };
            foreach (var metric in AggregateMetrics.All)
            {
                var statistics = row.Metric(metric);
                cells.Add(statistics is { } s ? Number(s.Mean) : "");
                cells.Add(statistics?.Std is { } std ? Number(std) : "");
            }
            csv.AppendJoin(',', cells.Select(Field)).Append('\n');
        }
        return csv.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
