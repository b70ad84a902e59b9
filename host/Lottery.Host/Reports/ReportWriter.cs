using System.Globalization;
using System.Net;
using System.Text;
using Lottery.Host.Runs;

namespace Lottery.Host.Reports;

/// <summary>
/// Writes summary.json, results.csv, report.md and report.html (and transform.csv) into the run directory (each
/// atomically). The reports are a function of summary.json, which is sealed, so damage to any of them is found.
/// </summary>
public static class ReportWriter
{
    public static void Write(RunSummary summary)
    {
        AtomicFile.WriteAllText(Path.Combine(summary.RunDir, RunSummary.FileName), summary.ToJson());
        foreach (var (name, text) in Reports(summary)) AtomicFile.WriteAllText(Path.Combine(summary.RunDir, name), text);
    }

    /// <summary>
    /// What is wrong with the summary and reports an earlier run left in runDir (each problem names its file): summary.json
    /// is checked by its seal, each report against what summary.json gives. Nothing there yet is no problem.
    /// </summary>
    public static IReadOnlyList<string> FindCorruption(string runDir)
    {
        var summaryPath = Path.Combine(runDir, RunSummary.FileName);
        if (!File.Exists(summaryPath))
        {
            var reports = new[] { "results.csv", "report.md", "report.html" }.Select(name => Path.Combine(runDir, name));
            return reports.Any(File.Exists) ? [$"{summaryPath} is missing"] : [];
        }
        RunSummary summary;
        try
        {
            summary = RunSummary.Read(summaryPath);
        }
        catch (InvalidDataException e)
        {
            return [e.Message];
        }
        var problems = new List<string>();
        foreach (var (name, text) in Reports(summary))
        {
            var path = Path.Combine(runDir, name);
            if (!File.Exists(path)) problems.Add($"{path} is missing");
            else if (File.ReadAllText(path) != text) problems.Add($"{path} is corrupt: it does not match {summaryPath}");
        }
        return problems;
    }

    /// <summary>Every report of the summary but summary.json itself, by file name.</summary>
    private static IEnumerable<(string Name, string Text)> Reports(RunSummary summary)
    {
        var rows = summary.Rows().ToList();
        yield return ("results.csv", Csv(rows));
        yield return ("report.md", Markdown(summary.Name, rows) + PoolGainsTable.Markdown(summary.Pools) + TransformReport.Markdown(summary.Transform));
        yield return ("report.html", Html(summary.Name, rows, PoolGainsTable.Html(summary.Pools) + TransformReport.Html(summary.Transform)));
        if (summary.Transform != null) yield return ("transform.csv", TransformReport.Csv(summary.Transform));
    }

    public static string ReportPath(string runDir) => Path.Combine(runDir, "report.html");

    private static string Csv(IEnumerable<ResultRow> rows)
    {
        var csv = new StringBuilder("method,level,density,valAccuracy,testAccuracy,bestValAccuracy,bestTestAccuracy\n");
        foreach (var r in rows)
        {
            csv.Append(string.Create(CultureInfo.InvariantCulture, $"{r.Method},{r.Level},{r.Density:R},{r.ValAccuracy:R},{r.TestAccuracy:R},{r.BestValAccuracy:R},{r.BestTestAccuracy:R}\n"));
        }
        return csv.ToString();
    }

    private static string Markdown(string name, IReadOnlyList<ResultRow> rows)
    {
        var md = new StringBuilder($"# {name}\n\n| method | level | density | val | test | best-val val | best-val test |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in rows) md.Append(Line(r, "| {0} | {1} | {2:F2}% | {3} | {4} | {5} | {6} |\n"));
        return md.Append("\nAccuracies are on the validation and test splits at the end of training and at the epoch of best validation accuracy " +
            $"({Percent.None} and the final epoch without a validation split).\n").ToString();
    }

    /// <summary>A whole self-contained HTML page: the name as its title and first heading, then the body.</summary>
    public static string HtmlPage(string name, string body)
    {
        var title = WebUtility.HtmlEncode(name);
        return $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>" +
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}</style></head><body>" +
            $"<h1>{title}</h1>{body}</body></html>\n";
    }

    private static string Html(string name, IReadOnlyList<ResultRow> rows, string sections)
    {
        var html = new StringBuilder("<h2>Test accuracy against density</h2>").Append(SvgChart.Render(rows));
        html.Append("<h2>Results</h2><table><tr><th>method</th><th>level</th><th>density</th><th>val</th><th>test</th><th>best-val val</th><th>best-val test</th></tr>");
        foreach (var r in rows) html.Append(Line(r, "<tr><td>{0}</td><td>{1}</td><td>{2:F2}%</td><td>{3}</td><td>{4}</td><td>{5}</td><td>{6}</td></tr>"));
        return HtmlPage(name, html.Append("</table>").Append(sections).ToString());
    }

    private static string Line(ResultRow r, string format) => string.Format(CultureInfo.InvariantCulture, format,
        WebUtility.HtmlEncode(r.Method), r.Level, r.Density * 100, Percent.Of(r.ValAccuracy), Percent.Of(r.TestAccuracy), Percent.Of(r.BestValAccuracy), Percent.Of(r.BestTestAccuracy));
}
