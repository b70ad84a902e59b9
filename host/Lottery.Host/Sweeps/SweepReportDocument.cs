using System.Net;
using System.Text;
using Lottery.Host.Reports;

namespace Lottery.Host.Sweeps;

/// <summary>
/// The sweep's report written once and rendered twice: each heading, paragraph and table goes to report.md and report.html
/// alike, so the two cannot drift apart; charts go to the HTML only (Markdown has no inline SVG that renders everywhere).
/// </summary>
public sealed class SweepReportDocument
{
    private readonly StringBuilder markdown = new();
    private readonly StringBuilder html = new();

    public void Heading(int level, string text)
    {
        markdown.Append('#', level).Append(' ').Append(text).Append("\n\n");
        html.Append($"<h{level}>{WebUtility.HtmlEncode(text)}</h{level}>");
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

    /// <summary>A chart under a heading of its own, an inline SVG (<see cref="SvgChart"/>): in the HTML only.</summary>
    public void Chart(int level, string title, string svg) => html.Append($"<h{level}>{WebUtility.HtmlEncode(title)}</h{level}>").Append(svg);

    public string Markdown(string title) => $"# {title}\n\n{markdown}";

    public string Html(string title) => ReportWriter.HtmlPage(title, html.ToString());

    // A '|' in a cell (a block mapping's stage separator in a group's settings) would end the cell early.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
