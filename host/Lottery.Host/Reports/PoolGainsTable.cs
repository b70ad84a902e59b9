using System.Globalization;
using System.Net;
using System.Text;
using Lottery.Host.Runs;

namespace Lottery.Host.Reports;

/// <summary>
/// The report's table of pools: for each target level and method, the ticket's and the pool's test and
/// out-of-distribution accuracy and the gain, with the inference cost, the levels the method tried and those the
/// pool took in.
/// </summary>
public static class PoolGainsTable
{
    private static readonly string[] Headers = ["level", "density", "method", "ticket test", "pool test", "gain", "ticket OOD", "pool OOD", "OOD gain", "cost", "tried", "accepted (level: alpha)"];

    public static string Markdown(PoolsSummary? pools)
    {
        if (pools is null || pools.Results.Count == 0) return "";
        var md = new StringBuilder("\n## Pools\n\n| ").AppendJoin(" | ", Headers).Append(" |\n|").Append(string.Concat(Headers.Select((_, i) => i is 2 or 10 or 11 ? "---|" : "---:|"))).Append('\n');
        foreach (var cells in Cells(pools)) md.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        return md.Append("\nTicket and pools: each level's ").AppendJoin(" or ", pools.Results.Select(r => r.Checkpoint).Distinct()).Append(" weights. ")
            .Append("OOD: mean accuracy over the corruptions and severities of the dataset's out-of-distribution sets. ")
            .Append("Cost: networks run per prediction (an ensemble of k costs k).\n").ToString();
    }

    public static string Html(PoolsSummary? pools)
    {
        if (pools is null || pools.Results.Count == 0) return "";
        var html = new StringBuilder("<h2>Pools</h2><table><tr>").AppendJoin("", Headers.Select(h => $"<th>{WebUtility.HtmlEncode(h)}</th>")).Append("</tr>");
        foreach (var cells in Cells(pools)) html.Append("<tr>").AppendJoin("", cells.Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>")).Append("</tr>");
        return html.Append("</table>").ToString();
    }

    private static IEnumerable<string[]> Cells(PoolsSummary pools) =>
        pools.Results.OrderBy(r => r.Level).ThenBy(r => r.Method, StringComparer.Ordinal).Select(r => new[]
        {
            r.Level.ToString(CultureInfo.InvariantCulture),
            Percent(r.Density),
            r.Method,
            Percent(r.TicketTestAccuracy),
            Percent(r.TestAccuracy),
            Gain(r.TestAccuracy - r.TicketTestAccuracy),
            Percent(r.TicketOodAccuracy),
            Percent(r.OodAccuracy),
            r.OodAccuracy is { } ood && r.TicketOodAccuracy is { } ticketOod ? Gain(ood - ticketOod) : "-",
            $"{r.InferenceCost}x",
            r.Candidates.Count == 0 ? "-" : string.Join(", ", r.Candidates),
            r.Accepted.Count == 0 ? "none" : string.Join(", ", r.Accepted.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Level}: {a.Alpha:0.###}"))),
        });

    private static string Percent(double? fraction) => fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $"{f * 100:F2}%") : "-";

    private static string Gain(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:+0.00;-0.00;0.00}");
}
