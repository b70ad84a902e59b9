using Lottery.Host.Runs;
using static Lottery.Host.Sweeps.AggregateMetrics;

namespace Lottery.Host.Sweeps;

/// <summary>A point whose results are not in the aggregate, and why: the report lists it so that no run drops out unseen.</summary>
public sealed record MissingPoint(PlannedPoint Point, string Reason);

/// <summary>
/// A sweep's results across seeds: every done point's summary.json, its results keyed by group (the point's settings but
/// the seed), stage, method and level and each key's accuracies reduced to n, mean and sample std; the groups in plan
/// order; and every point that gave nothing (failed, running, to do, or done with an unreadable summary).
/// </summary>
public sealed record SweepAggregate(IReadOnlyList<string> Groups, IReadOnlyList<AggregateRow> Rows, IReadOnlyList<MissingPoint> Missing)
{
    /// <summary>The rows of one group and stage, in aggregate order.</summary>
    public IReadOnlyList<AggregateRow> RowsOf(string group, string stage) => Rows.Where(r => r.Key.Group == group && r.Key.Stage == stage).ToList();

    public static SweepAggregate Of(SweepPlan plan)
    {
        var observations = new List<Observation>();
        var missing = new List<MissingPoint>();
        foreach (var point in plan.Points)
        {
            if (point.State != PointState.Done)
            {
                missing.Add(new MissingPoint(point, Reason(point)));
                continue;
            }
            var path = Path.Combine(point.RunDirectory, RunSummary.FileName);
            try
            {
                observations.AddRange(OnePerKey(Observe(point.Point, RunSummary.Read(path))));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                missing.Add(new MissingPoint(point, $"done, but its summary cannot be read: {e.Message}"));
            }
        }
        var groups = plan.Points.Select(p => p.Point.GroupLabel).Distinct().ToList();
        // GroupBy keeps the order in which keys first appear, and OrderBy is stable: within a level, methods stay in the
        // order the runs report them.
        var rows = observations.GroupBy(o => o.Key)
            .OrderBy(g => groups.IndexOf(g.Key.Group)).ThenBy(g => AggregateStage.Order.ToList().IndexOf(g.Key.Stage))
            .ThenBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Target, StringComparer.Ordinal).ThenBy(g => g.Key.Level)
            .Select(Reduce).ToList();
        return new SweepAggregate(groups, rows, missing);
    }

    private static string Reason(PlannedPoint point) => point.State switch
    {
        PointState.Failed => $"failed: {point.Error ?? "no error recorded"}",
        PointState.Running => "still running",
        _ => "not run yet, or stopped before it finished",
    };

    private static AggregateRow Reduce(IGrouping<AggregateKey, Observation> runs)
    {
        var metrics = All.Select(name => (Name: name, Statistics: SeedStatistics.Of(runs.Select(r => r.Values.GetValueOrDefault(name)).ToList())))
            .Where(m => m.Statistics != null).ToDictionary(m => m.Name, m => m.Statistics!);
        return new AggregateRow(runs.Key, runs.Average(r => r.Density), runs.Select(r => r.Point).ToList(), metrics);
    }

    // A run may report one key twice: two transfers between the same depths (stretch-interpolate and stretch-append, say)
    // each train the baselines at their ticket's density. Averaged within the run, so that n counts runs (seeds), never
    // rows, and a std is across seeds only.
    private static IEnumerable<Observation> OnePerKey(IEnumerable<Observation> observations) =>
        observations.GroupBy(o => o.Key).Select(same => same.Count() == 1 ? same.First() : new Observation(
            same.Key, same.First().Point, same.Average(o => o.Density),
            All.ToDictionary(name => name, name => same.Any(o => o.Values.GetValueOrDefault(name) == null) ? null : (double?)same.Average(o => o.Values[name]!.Value))));

    /// <summary>One run's result for one key: the accuracies its stage records (null where the run has none).</summary>
    private sealed record Observation(AggregateKey Key, string Point, double Density, IReadOnlyDictionary<string, double?> Values);

    private static IEnumerable<Observation> Observe(SweepPoint point, RunSummary summary)
    {
        var group = point.GroupLabel;
        Observation Result(string stage, string method, int level, double density, Dictionary<string, double?> values, TransformResult? transfer = null) =>
            new(new AggregateKey(stage, group, method, level, transfer?.Source ?? "", transfer?.Target ?? "", transfer?.StartWeights ?? ""), point.Name, density, values);

        foreach (var l in summary.Imp.Levels)
        {
            yield return Result(AggregateStage.Imp, "imp", l.Level, l.Density, Trained(l.ValAccuracy, l.TestAccuracy, l.BestValAccuracy, l.BestTestAccuracy));
        }
        foreach (var r in summary.Pools?.Results ?? [])
        {
            yield return Result(AggregateStage.Pools, r.Method, r.Level, r.Density, new()
            {
                [Val] = r.ValAccuracy, [Test] = r.TestAccuracy, [Ood] = r.OodAccuracy,
                [TicketVal] = r.TicketValAccuracy, [TicketTest] = r.TicketTestAccuracy, [TicketOod] = r.TicketOodAccuracy,
                [ValGain] = r.ValAccuracy - r.TicketValAccuracy, [TestGain] = r.TestAccuracy - r.TicketTestAccuracy, [OodGain] = r.OodAccuracy - r.TicketOodAccuracy,
            });
        }
        foreach (var r in summary.SparseTraining?.Rows() ?? [])
        {
            yield return Result(AggregateStage.SparseTraining, r.Method, r.Level, r.Density, Trained(r.ValAccuracy, r.TestAccuracy, r.BestValAccuracy, r.BestTestAccuracy));
        }
        foreach (var r in summary.Transform?.Results ?? [])
        {
            yield return Result(AggregateStage.Transform, r.Method, r.SourceLevel, r.Density, Trained(r.ValAccuracy, r.TestAccuracy, r.BestValAccuracy, r.BestTestAccuracy), r);
        }
    }

    // A trained network's accuracies: at the end of training and at the epoch of best validation accuracy.
    private static Dictionary<string, double?> Trained(double? val, double test, double? bestVal, double bestTest) =>
        new() { [Val] = val, [Test] = test, [BestVal] = bestVal, [BestTest] = bestTest };
}
