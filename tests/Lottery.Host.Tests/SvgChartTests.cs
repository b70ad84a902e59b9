using System.Xml.Linq;
using Lottery.Host.Reports;

namespace Lottery.Host.Tests;

/// <summary>The accuracy-against-density chart: a well-formed SVG with one line and legend entry per series, none alike.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Every_series_has_its_own_line_and_legend_and_past_the_palette_the_colours_return_dashed()
    {
        var series = Enumerable.Range(0, 10).Select(i => $"method-{i}").ToList();
        var points = series.SelectMany((name, i) => new[] { 1.0, 0.5, 0.1 }.Select(d => new ChartPoint(name, d, 0.5 + 0.02 * i, 0.01, $"{name} at {d}"))).ToList();

        var chart = XDocument.Parse(SvgChart.Render(points, "test accuracy (mean ± std)"));

        var lines = chart.Descendants(Svg + "polyline").ToList();
        Assert.Equal(10, lines.Count);
        Assert.Equal(10, chart.Descendants(Svg + "polygon").Count());
        Assert.Equal(30, chart.Descendants(Svg + "circle").Count());
        Assert.Equal(series, chart.Descendants(Svg + "text").Select(t => t.Value).Where(series.Contains));
        var looks = lines.Select(l => (Stroke: (string?)l.Attribute("stroke"), Dash: (string?)l.Attribute("stroke-dasharray"))).ToList();
        Assert.Equal(10, looks.Distinct().Count());
        Assert.All(looks.Take(8), look => Assert.Null(look.Dash));
        Assert.Equal([looks[0].Stroke, looks[1].Stroke], looks.Skip(8).Select(l => l.Stroke));
        Assert.All(looks.Skip(8), look => Assert.Equal("6 3", look.Dash));
    }
}
