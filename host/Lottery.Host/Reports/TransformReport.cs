using System.Globalization;
using System.Net;
using System.Text;
using Lottery.Host.Runs;

namespace Lottery.Host.Reports;

/// <summary>
/// The transform stage's part of the report: per transfer (source -> target) a plot of test accuracy against density
/// with one line per method across the source levels, and a table; transform.csv holds every result.
/// </summary>
public static class TransformReport
{
    public static string Markdown(TransformSummary? summary)
    {
        if (summary == null) return "";
        var md = new StringBuilder();
        foreach (var transfer in Transfers(summary))
        {
            md.Append($"\n## Transfer {transfer.Key}\n\n| method | start | source level | density | test | best-val test |\n|---|---|---:|---:|---:|---:|\n");
            foreach (var r in transfer) md.Append(Line(r, "| {0} | {1} | {2} | {3:F2}% | {4:F2}% | {5:F2}% |\n"));
        }
        return md.ToString();
    }

    public static string Html(TransformSummary? summary)
    {
        if (summary == null) return "";
        var html = new StringBuilder();
        foreach (var transfer in Transfers(summary))
        {
            html.Append($"<h2>Transfer {WebUtility.HtmlEncode(transfer.Key)}</h2>").Append(SvgChart.Render(transfer.Select(r => r.ToRow()).ToList()));
            html.Append("<table><tr><th>method</th><th>start</th><th>source level</th><th>density</th><th>test</th><th>best-val test</th></tr>");
            foreach (var r in transfer) html.Append(Line(r, "<tr><td>{0}</td><td>{1}</td><td>{2}</td><td>{3:F2}%</td><td>{4:F2}%</td><td>{5:F2}%</td></tr>"));
            html.Append("</table>");
        }
        return html.ToString();
    }

    public static string Csv(TransformSummary summary)
    {
        var csv = new StringBuilder("source,target,sourceLevel,method,startWeights,density,testAccuracy,bestTestAccuracy,valAccuracy,bestValAccuracy\n");
        foreach (var r in summary.Results)
        {
            csv.Append(string.Create(CultureInfo.InvariantCulture,
                $"{r.Source},{r.Target},{r.SourceLevel},{r.Method},{r.StartWeights},{r.Density:R},{r.TestAccuracy:R},{r.BestTestAccuracy:R},{r.ValAccuracy:R},{r.BestValAccuracy:R}\n"));
        }
        return csv.ToString();
    }

    private static IEnumerable<IGrouping<string, TransformResult>> Transfers(TransformSummary summary) =>
        summary.Results.GroupBy(r => $"{r.Source} -> {r.Target}");

    private static string Line(TransformResult r, string format) => string.Format(CultureInfo.InvariantCulture, format,
        WebUtility.HtmlEncode(r.Method), WebUtility.HtmlEncode(r.StartWeights), r.SourceLevel, r.Density * 100, r.TestAccuracy * 100, r.BestTestAccuracy * 100);
}
