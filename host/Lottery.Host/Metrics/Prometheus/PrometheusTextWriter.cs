using System.Globalization;
using System.Text;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// The Prometheus text exposition format, version 0.0.4: per family a HELP and a TYPE line, then its samples;
/// counters as name_total, histograms as cumulative name_bucket{le} series ending at +Inf, then _sum and _count.
/// </summary>
public static class PrometheusTextWriter
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(IEnumerable<PrometheusFamily> families)
    {
        var text = new StringBuilder();
        foreach (var family in families) Write(text, family);
        return text.ToString();
    }

    private static void Write(StringBuilder text, PrometheusFamily family)
    {
        // In this format (unlike OpenMetrics) a counter's HELP and TYPE name its samples' name, _total included.
        var name = family.Type == PrometheusMetricType.Counter ? family.Name + "_total" : family.Name;
        text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(family.Help)).Append('\n');
        text.Append("# TYPE ").Append(name).Append(' ').Append(family.Type.ToString().ToLowerInvariant()).Append('\n');
        foreach (var point in family.Points)
        {
            if (family.Type == PrometheusMetricType.Histogram) Histogram(text, name, point);
            else Sample(text, name, point.Labels, null, point.Value);
        }
    }

    private static void Histogram(StringBuilder text, string name, PrometheusPoint point)
    {
        var histogram = point.Histogram ?? throw new ArgumentException($"histogram {name} has a point without buckets");
        long cumulative = 0;
        foreach (var (upperBound, count) in histogram.Buckets)
        {
            if (double.IsPositiveInfinity(upperBound)) continue;
            cumulative += count;
            Sample(text, name + "_bucket", point.Labels, Number(upperBound), cumulative);
        }
        // The +Inf bucket holds every observation by definition, whatever the SDK's buckets say.
        Sample(text, name + "_bucket", point.Labels, "+Inf", histogram.Count);
        Sample(text, name + "_sum", point.Labels, null, histogram.Sum);
        Sample(text, name + "_count", point.Labels, null, histogram.Count);
    }

    private static void Sample(StringBuilder text, string name, IReadOnlyList<KeyValuePair<string, string>> labels, string? le, double value)
    {
        text.Append(name);
        if (labels.Count > 0 || le != null)
        {
            text.Append('{');
            var first = true;
            foreach (var (key, labelValue) in labels)
            {
                if (!first) text.Append(',');
                first = false;
                text.Append(key).Append("=\"").Append(EscapeLabelValue(labelValue)).Append('"');
            }
            if (le != null) text.Append(first ? "" : ",").Append("le=\"").Append(le).Append('"');
            text.Append('}');
        }
        text.Append(' ').Append(Number(value)).Append('\n');
    }

    /// <summary>A label value: backslash, double quote and line feed escaped.</summary>
    public static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Help text: backslash and line feed escaped (quotes are literal there).</summary>
    public static string EscapeHelp(string help) =>
        help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A sample value as Go's ParseFloat reads it: NaN, +Inf, -Inf or a round-trip decimal.</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
