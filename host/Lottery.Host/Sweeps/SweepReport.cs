using Lottery.Host.Runs;

namespace Lottery.Host.Sweeps;

/// <summary>
/// Aggregates a sweep across seeds from whatever is done and writes aggregate.csv, report.md (with its charts in
/// charts/) and report.html into the sweep's folder (each atomically, so a report being read is never half written).
/// Run again, it rewrites them from the run directories as they then stand: points that finished since are in, nothing
/// is appended twice.
/// </summary>
public static class SweepReport
{
    public static SweepAggregate Write(SweepPlan plan)
    {
        var aggregate = SweepAggregate.Of(plan);
        Directory.CreateDirectory(plan.Folder.Path);
        AtomicFile.WriteAllText(plan.Folder.AggregatePath, AggregateCsv.Write(aggregate.Rows));
        var document = SweepReportSections.Build(plan, aggregate);
        // The charts first, so report.md never links one that is not there yet; charts of an earlier report that this one
        // no longer has are removed.
        Directory.CreateDirectory(plan.Folder.ChartsPath);
        foreach (var chart in document.Charts) AtomicFile.WriteAllText(Path.Combine(plan.Folder.ChartsPath, chart.File), chart.Svg);
        var current = document.Charts.Select(c => c.File).ToHashSet();
        foreach (var stale in Directory.GetFiles(plan.Folder.ChartsPath, "*.svg").Where(f => !current.Contains(Path.GetFileName(f)))) File.Delete(stale);
        var title = $"Sweep {plan.Options.Name}";
        AtomicFile.WriteAllText(plan.Folder.ReportMarkdownPath, document.Markdown(title));
        AtomicFile.WriteAllText(plan.Folder.ReportHtmlPath, document.Html(title));
        return aggregate;
    }

    /// <summary>What the verbs print once it is written: where it is, and how many points it lacks (the report lists them).</summary>
    public static void Describe(SweepPlan plan, SweepAggregate aggregate, TextWriter output)
    {
        output.WriteLine($"aggregate: {plan.Folder.AggregatePath} ({aggregate.Rows.Count} row(s))");
        if (aggregate.Missing.Count > 0) output.WriteLine($"{aggregate.Missing.Count} point(s) not in the aggregate (failed, running, to do or unreadable): listed in the report");
        output.WriteLine($"report: {plan.Folder.ReportHtmlPath} (and {Path.GetFileName(plan.Folder.ReportMarkdownPath)})");
    }
}
