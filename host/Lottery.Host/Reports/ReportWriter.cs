using System.Globalization;
using System.Net;
using System.Text;
using Lottery.Host.Runs;

namespace Lottery.Host.Reports;

/// <summary>Writes summary.json, results.csv, report.md and report.html into the run directory (each atomically).</summary>
public static class ReportWriter
{
    public static void Write(RunSummary summary)
    {
        var rows = summary.Rows().ToList();
        AtomicFile.WriteAllText(Path.Combine(summary.RunDir, "summary.json"), summary.ToJson());
        AtomicFile.WriteAllText(Path.Combine(summary.RunDir, "results.csv"), Csv(rows));
        AtomicFile.WriteAllText(Path.Combine(summary.RunDir, "report.md"),
            Markdown(summary.Name, rows) + PoolGainsTable.Markdown(summary.Pools) + TransformReport.Markdown(summary.Transform));
        AtomicFile.WriteAllText(Path.Combine(summary.RunDir, "report.html"),
            Html(summary.Name, rows, PoolGainsTable.Html(summary.Pools) + TransformReport.Html(summary.Transform)));
        if (summary.Transform != null) AtomicFile.WriteAllText(Path.Combine(summary.RunDir, "transform.csv"), TransformReport.Csv(summary.Transform));
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
        foreach (var r in rows) md.Append(Line(r, "| {0} | {1} | {2:F2}% | {3:F2}% | {4:F2}% | {5:F2}% | {6:F2}% |\n"));
        return md.Append("\nAccuracies are on the validation and test splits at the end of training and at the epoch of best validation accuracy.\n").ToString();
    }

    private static string Html(string name, IReadOnlyList<ResultRow> rows, string sections)
    {
        var title = WebUtility.HtmlEncode(name);
        var html = new StringBuilder($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>" +
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}</style></head><body>");
        html.Append($"<h1>{title}</h1><h2>Test accuracy against density</h2>").Append(SvgChart.Render(rows));
        html.Append("<h2>Results</h2><table><tr><th>method</th><th>level</th><th>density</th><th>val</th><th>test</th><th>best-val val</th><th>best-val test</th></tr>");
        foreach (var r in rows) html.Append(Line(r, "<tr><td>{0}</td><td>{1}</td><td>{2:F2}%</td><td>{3:F2}%</td><td>{4:F2}%</td><td>{5:F2}%</td><td>{6:F2}%</td></tr>"));
        return html.Append("</table>").Append(sections).Append("</body></html>\n").ToString();
    }

    private static string Line(ResultRow r, string format) => string.Format(CultureInfo.InvariantCulture, format,
        WebUtility.HtmlEncode(r.Method), r.Level, r.Density * 100, r.ValAccuracy * 100, r.TestAccuracy * 100, r.BestValAccuracy * 100, r.BestTestAccuracy * 100);
}
