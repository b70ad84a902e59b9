using System.Globalization;
using System.Net;
using System.Text;
using Lottery.Host.Reports;

namespace Lottery.Host.Sweeps;

/// <summary>
/// The sweep's report written once and rendered twice: each heading, paragraph, table and chart goes to report.md and
/// report.html alike, so the two cannot drift apart. A chart is inline SVG in the HTML; Markdown has no inline SVG that
/// renders everywhere, so there it is an image of the same SVG, saved as a file of its own in <see cref="ChartsFolder"/>
/// beside report.md (which other documents can show too).
/// </summary>
public sealed class SweepReportDocument
{
    /// <summary>The folder beside report.md that holds its charts, named in its image links.</summary>
    public const string ChartsFolder = "charts";

    private readonly StringBuilder markdown = new();
    private readonly StringBuilder html = new();
    private readonly List<ReportChart> charts = new();
    // The current heading at each level: a chart's file is named after the sections it is in.
    private readonly Dictionary<int, string> headings = new();

    /// <summary>The charts, in order, each with the file name report.md links it by.</summary>
    public IReadOnlyList<ReportChart> Charts => charts;

    public void Heading(int level, string text)
    {
        markdown.Append('#', level).Append(' ').Append(text).Append("\n\n");
        html.Append($"<h{level}>{WebUtility.HtmlEncode(text)}</h{level}>");
        foreach (var deeper in headings.Keys.Where(l => l >= level).ToList()) headings.Remove(deeper);
        headings[level] = text;
    }

    public void Paragraph(string text)
    {
        markdown.Append(text).Append("\n\n");
        html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>");
    }

    /// <summary>A table whose first textColumns columns hold text (left-aligned in Markdown) and the rest numbers.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int textColumns)
    {
        markdown.Append("| ").AppendJoin(" | ", headers.Select(Cell)).Append(" |\n|")
            .Append(string.Concat(headers.Select((_, i) => i < textColumns ? "---|" : "---:|"))).Append('\n');
        html.Append("<table><tr>").AppendJoin("", headers.Select(h => $"<th>{WebUtility.HtmlEncode(h)}</th>")).Append("</tr>");
        foreach (var row in rows)
        {
            markdown.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
            html.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>")).Append("</tr>");
        }
        markdown.Append('\n');
        html.Append("</table>");
    }

    /// <summary>A chart (<see cref="SvgChart"/>) under a heading of its own: inline in the HTML, an image link in the Markdown.</summary>
    public void Chart(int level, string title, string svg)
    {
        // What it shows first (its section and title), then the group (the level-2 heading), which a long group label
        // would otherwise push out of the name's length.
        var sections = headings.Where(h => h.Key > 2 && h.Key < level).OrderBy(h => h.Key).Select(h => h.Value).Append(title);
        var name = string.Join(' ', headings.TryGetValue(2, out var group) ? sections.Append(group) : sections);
        var chart = new ReportChart(string.Create(CultureInfo.InvariantCulture, $"{charts.Count + 1:00}-{ReportChart.Slug(name)}.svg"), svg);
        charts.Add(chart);
        markdown.Append('#', level).Append(' ').Append(title).Append("\n\n").Append($"![{title}]({ChartsFolder}/{chart.File})\n\n");
        html.Append($"<h{level}>{WebUtility.HtmlEncode(title)}</h{level}>").Append(svg);
    }

    public string Markdown(string title) => $"# {title}\n\n{markdown}";

    public string Html(string title) => ReportWriter.HtmlPage(title, html.ToString());

    // A '|' in a cell (a block mapping's stage separator in a group's settings) would end the cell early.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
