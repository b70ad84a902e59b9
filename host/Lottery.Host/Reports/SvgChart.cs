using System.Globalization;
using System.Net;
using System.Text;
using Lottery.Host.Runs;

namespace Lottery.Host.Reports;

/// <summary>
/// Accuracy against density as an inline SVG: density on a log scale falling from 100% to the left, one
/// line per method (with an error band where the points are means over seeds), each point with a tooltip.
/// Self-contained, so the report opens with no network.
/// </summary>
public static class SvgChart
{
    private const int Width = 720, Height = 420, Left = 60, Right = 150, Top = 20, Bottom = 50;
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];

    /// <summary>A run's test accuracy against density, one line per method.</summary>
    public static string Render(IReadOnlyList<ResultRow> rows) =>
        Render(rows.Select(r => new ChartPoint(r.Method, r.Density, r.TestAccuracy, null,
            Invariant($"{r.Method} level {r.Level}: density {r.Density * 100:F2}%, test {r.TestAccuracy * 100:F2}%"))).ToList(), "test accuracy");

    /// <summary>
    /// Any accuracy against density, one line per series in the order they first appear; a series whose points carry a
    /// spread is drawn over a shaded band from value - spread to value + spread.
    /// </summary>
    public static string Render(IReadOnlyList<ChartPoint> points, string valueAxis)
    {
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        if (points.Count == 0) return svg.Append("<text x=\"20\" y=\"40\">no results yet</text></svg>").ToString();
        var minDensity = Math.Min(points.Min(p => p.Density), 0.5);
        var (lowAccuracy, highAccuracy) = AccuracyRange(points);
        double X(double density) => Left + (Width - Left - Right) * Math.Log(1 / density) / Math.Log(1 / minDensity);
        double Y(double accuracy) => Top + (Height - Top - Bottom) * (highAccuracy - accuracy) / (highAccuracy - lowAccuracy);

        Axes(svg, minDensity, lowAccuracy, highAccuracy, X, Y, valueAxis);
        var series = points.Select(p => p.Series).Distinct().ToList();
        for (var m = 0; m < series.Count; m++)
        {
            var color = Colors[m % Colors.Length];
            // Past the palette the colours come round again, dashed, so no two lines look the same (a transfer has 11).
            var dash = m >= Colors.Length ? " stroke-dasharray=\"6 3\"" : "";
            var line = points.Where(p => p.Series == series[m]).OrderByDescending(p => p.Density).ToList();
            if (line.Any(p => p.Spread != null))
            {
                // Upper edge left to right, then the lower edge back: one closed polygon under the line.
                var edge = line.Select(p => (p.Density, High: p.Value + (p.Spread ?? 0))).Concat(line.AsEnumerable().Reverse().Select(p => (p.Density, High: p.Value - (p.Spread ?? 0))));
                svg.Append(Invariant($"<polygon fill=\"{color}\" fill-opacity=\"0.15\" stroke=\"none\" points=\"{string.Join(' ', edge.Select(e => Invariant($"{X(e.Density):F1},{Y(e.High):F1}")))}\"/>"));
            }
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"{dash} points=\"{string.Join(' ', line.Select(p => Invariant($"{X(p.Density):F1},{Y(p.Value):F1}")))}\"/>"));
            foreach (var p in line)
            {
                svg.Append(Invariant($"<circle cx=\"{X(p.Density):F1}\" cy=\"{Y(p.Value):F1}\" r=\"3.5\" fill=\"{color}\"><title>{WebUtility.HtmlEncode(p.Tooltip)}</title></circle>"));
            }
            var legendY = Top + 16 * m + 10;
            svg.Append(Invariant($"<line x1=\"{Width - Right + 15}\" y1=\"{legendY}\" x2=\"{Width - Right + 35}\" y2=\"{legendY}\" stroke=\"{color}\" stroke-width=\"2\"{dash}/>"));
            svg.Append(Invariant($"<text x=\"{Width - Right + 40}\" y=\"{legendY + 4}\">{WebUtility.HtmlEncode(series[m])}</text>"));
        }
        return svg.Append("</svg>").ToString();
    }

    // The bands count: an axis that clipped them would hide how far the seeds spread.
    private static (double low, double high) AccuracyRange(IReadOnlyList<ChartPoint> points)
    {
        var low = Math.Floor(points.Min(p => p.Value - (p.Spread ?? 0)) * 20) / 20;
        var high = Math.Ceiling(points.Max(p => p.Value + (p.Spread ?? 0)) * 20) / 20;
        return high - low < 0.05 ? (Math.Max(0, high - 0.05), Math.Max(high, 0.05)) : (low, high);
    }

    private static void Axes(StringBuilder svg, double minDensity, double low, double high, Func<double, double> x, Func<double, double> y, string valueAxis)
    {
        var bottom = Height - Bottom;
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{bottom}\" x2=\"{Width - Right}\" y2=\"{bottom}\" stroke=\"#333\"/>"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{bottom}\" stroke=\"#333\"/>"));
        foreach (var density in new[] { 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001 }.Where(d => d >= minDensity * 0.999))
        {
            svg.Append(Invariant($"<line x1=\"{x(density):F1}\" y1=\"{bottom}\" x2=\"{x(density):F1}\" y2=\"{bottom + 5}\" stroke=\"#333\"/>"));
            svg.Append(Invariant($"<text x=\"{x(density):F1}\" y=\"{bottom + 18}\" text-anchor=\"middle\">{density * 100:G3}%</text>"));
        }
        for (var accuracy = low; accuracy <= high + 1e-9; accuracy += 0.05)
        {
            svg.Append(Invariant($"<line x1=\"{Left - 5}\" y1=\"{y(accuracy):F1}\" x2=\"{Width - Right}\" y2=\"{y(accuracy):F1}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 8}\" y=\"{y(accuracy) + 4:F1}\" text-anchor=\"end\">{accuracy * 100:F0}%</text>"));
        }
        svg.Append(Invariant($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 10}\" text-anchor=\"middle\">density (weights remaining, log scale)</text>"));
        svg.Append(Invariant($"<text x=\"15\" y=\"{(Top + bottom) / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 15 {(Top + bottom) / 2})\">{WebUtility.HtmlEncode(valueAxis)}</text>"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
