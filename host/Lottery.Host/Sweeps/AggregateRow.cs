namespace Lottery.Host.Sweeps;

/// <summary>
/// What makes one line of aggregate.csv: the stage (<see cref="AggregateStage"/>), the group (the points'
/// settings but the seed), the method and the level (for a transfer: the source level, with source, target and the weights
/// the method started from; empty elsewhere).
/// </summary>
public sealed record AggregateKey(string Stage, string Group, string Method, int Level, string Source = "", string Target = "", string StartWeights = "");

/// <summary>
/// A method at one level of one group over the runs (points) that reached it: their mean density (the same in every run
/// of a group) and the statistics of each accuracy its stage records, by metric name (<see cref="AggregateMetrics"/>).
/// </summary>
public sealed record AggregateRow(AggregateKey Key, double Density, IReadOnlyList<string> Points, IReadOnlyDictionary<string, SeedStatistics> Metrics)
{
    public int N => Points.Count;

    /// <summary>The metric's statistics, or null where the stage has no such metric or some run lacks it.</summary>
    public SeedStatistics? Metric(string name) => Metrics.GetValueOrDefault(name);
}
