using System.Globalization;
using Lottery.Host.Reports;
using static Lottery.Host.Sweeps.AggregateMetrics;

namespace Lottery.Host.Sweeps;

/// <summary>
/// What the sweep's report says: the points and where they stand, those missing from the aggregate and why, then per group
/// the accuracy of every method against density (mean ± std over the group's runs, with error bands), the pools against
/// their tickets with gains paired per seed (validation next to test, out of distribution next to in distribution), and
/// each transfer's methods per source level.
/// </summary>
public static class SweepReportSections
{
    public static SweepReportDocument Build(SweepPlan plan, SweepAggregate aggregate)
    {
        var document = new SweepReportDocument();
        var counts = string.Join(", ", Enum.GetValues<PointState>().Select(state => $"{plan.In(state).Count} {SweepPlanTable.Word(state)}"));
        document.Paragraph($"{plan.Points.Count} point(s) in {aggregate.Groups.Count} group(s) (the points' settings but {SweepPoint.SeedKey}): {counts}. " +
            "Each cell is the mean ± the sample standard deviation (n - 1) over the group's runs, in percent, or the single value where n is 1; " +
            $"aggregate.csv holds the same numbers as fractions. Folder: {plan.Folder.Path}.");
        if (aggregate.Missing.Count > 0)
        {
            document.Heading(2, "Points not in the aggregate");
            document.Table(["point", "state", "settings", "run directory", "why"], aggregate.Missing.Select(m => (IReadOnlyList<string>)
                [m.Point.Point.Name, SweepPlanTable.Word(m.Point.State), m.Point.Point.Label, m.Point.RunDirectory, m.Reason]), 5);
        }
        foreach (var group in aggregate.Groups) Group(document, plan, aggregate, group);
        return document;
    }

    private static void Group(SweepReportDocument document, SweepPlan plan, SweepAggregate aggregate, string group)
    {
        document.Heading(2, $"Group: {group}");
        var points = plan.Points.Where(p => p.Point.GroupLabel == group).ToList();
        document.Paragraph($"Points {string.Join(", ", points.Select(p => p.Point.Name))}; {points.Count(p => p.State == PointState.Done)} of {points.Count} done.");
        var trained = new[] { AggregateStage.Imp, AggregateStage.Pools, AggregateStage.SparseTraining }.SelectMany(stage => aggregate.RowsOf(group, stage)).ToList();
        var transfers = aggregate.RowsOf(group, AggregateStage.Transform);
        if (trained.Count == 0 && transfers.Count == 0)
        {
            document.Paragraph("No run of this group is done: nothing to aggregate.");
            return;
        }
        document.Heading(3, "Accuracy by level");
        document.Chart(4, "Test accuracy against density", SvgChart.Render(trained.Select(r => Point(r.Key.Method, r, Test)).OfType<ChartPoint>().ToList(), "test accuracy (mean ± std)"));
        document.Table(["method", "level", "density", "n", "val", "test", "best-val val", "best-val test"], trained.Select(r => (IReadOnlyList<string>)
            [r.Key.Method, Level(r), Density(r), Count(r), Accuracy(r, Val), Accuracy(r, Test), Accuracy(r, BestVal), Accuracy(r, BestTest)]), 1);
        document.Paragraph("IMP and sparse training: at the end of training and at the epoch of best validation accuracy; pools: the pooled network (no training).");
        PoolGains(document, aggregate.RowsOf(group, AggregateStage.Pools));
        foreach (var transfer in transfers.GroupBy(r => $"{r.Key.Source} -> {r.Key.Target}")) Transfer(document, transfer.Key, transfer.ToList());
    }

    private static void PoolGains(SweepReportDocument document, IReadOnlyList<AggregateRow> pools)
    {
        if (pools.Count == 0) return;
        document.Heading(3, "Pools against their ticket (gains paired per seed)");
        document.Paragraph("A gain is taken within each run (the pool's accuracy minus its ticket's, the same level's pooled checkpoint), then averaged " +
            "over the runs: mean ± std of the gains, in points. The validation gain is what the greedy search optimised; the test gain is what carries over. " +
            "OOD: mean accuracy over the corrupted test sets.");
        if (pools.Any(r => r.Metric(Ood) != null))
        {
            // Every method of a level measures the same ticket: one ticket line, from the first method's row.
            var tickets = pools.GroupBy(r => r.Key.Level).Select(level => Point("ticket", level.First(), TicketOod));
            document.Chart(4, "Out-of-distribution accuracy against density", SvgChart.Render(tickets.Concat(pools.Select(r => Point(r.Key.Method, r, Ood))).OfType<ChartPoint>().ToList(), "OOD accuracy (mean ± std)"));
        }
        document.Table(["method", "level", "density", "n", "ticket test", "pool test", "test gain", "val gain", "ticket OOD", "pool OOD", "OOD gain"], pools.Select(r => (IReadOnlyList<string>)
            [r.Key.Method, Level(r), Density(r), Count(r), Accuracy(r, TicketTest), Accuracy(r, Test), Gain(r, TestGain), Gain(r, ValGain), Accuracy(r, TicketOod), Accuracy(r, Ood), Gain(r, OodGain)]), 1);
    }

    private static void Transfer(SweepReportDocument document, string transfer, IReadOnlyList<AggregateRow> rows)
    {
        document.Heading(3, $"Transfer {transfer}");
        document.Chart(4, "Test accuracy against density", SvgChart.Render(rows.Select(r => Point(r.Key.Method, r, Test)).OfType<ChartPoint>().ToList(), "test accuracy (mean ± std)"));
        document.Table(["method", "start", "source level", "density", "n", "test", "best-val test", "val", "best-val val"], rows.Select(r => (IReadOnlyList<string>)
            [r.Key.Method, r.Key.StartWeights, Level(r), Density(r), Count(r), Accuracy(r, Test), Accuracy(r, BestTest), Accuracy(r, Val), Accuracy(r, BestVal)]), 2);
    }

    // Null where the row lacks the metric: a run without OOD sets has no OOD point to draw.
    private static ChartPoint? Point(string series, AggregateRow row, string metric) => row.Metric(metric) is { } s
        ? new ChartPoint(series, row.Density, s.Mean, s.Std, $"{series} level {Level(row)}: density {Density(row)}, {metric} {Accuracy(s)}% (n={s.N})")
        : null;

    private static string Level(AggregateRow row) => row.Key.Level.ToString(CultureInfo.InvariantCulture);

    private static string Density(AggregateRow row) => Invariant($"{row.Density * 100:F2}%");

    private static string Count(AggregateRow row) => row.N.ToString(CultureInfo.InvariantCulture);

    private static string Accuracy(AggregateRow row, string metric) => row.Metric(metric) is { } s ? Accuracy(s) : "-";

    private static string Accuracy(SeedStatistics s) => s.Std is { } std ? Invariant($"{s.Mean * 100:F2} ± {std * 100:F2}") : Invariant($"{s.Mean * 100:F2}");

    private static string Gain(AggregateRow row, string metric) => row.Metric(metric) is { } s
        ? s.Std is { } std ? Invariant($"{s.Mean * 100:+0.00;-0.00;0.00} ± {std * 100:F2}") : Invariant($"{s.Mean * 100:+0.00;-0.00;0.00}")
        : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
