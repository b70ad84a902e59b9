using System.Globalization;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// Copies a collected batch of OpenTelemetry metrics into Prometheus families (the SDK's metric points are
/// only valid during the export call). Metrics that map to one name are merged into one family; one whose
/// type clashes with an earlier family of that name is left out, since Prometheus rejects a scrape that
/// declares a name twice.
/// </summary>
public static class MetricSnapshot
{
    public static IReadOnlyList<PrometheusFamily> Take(in Batch<Metric> batch)
    {
        var families = new Dictionary<string, PrometheusFamily>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var metric in batch)
        {
            if (Type(metric.MetricType) is not { } type) continue;
            var name = PrometheusNames.Metric(metric.Name, metric.Unit);
            var points = Points(metric, type);
            if (families.TryGetValue(name, out var existing))
            {
                if (existing.Type == type) families[name] = existing with { Points = [.. existing.Points, .. points] };
                continue;
            }
            families[name] = new PrometheusFamily(name, metric.Description ?? "", type, points);
            order.Add(name);
        }
        return order.Select(name => families[name]).ToList();
    }

    // Non-monotonic sums (UpDownCounters) go up and down, which is a gauge to Prometheus; exponential histograms are never configured.
    private static PrometheusMetricType? Type(MetricType type) => type switch
    {
        MetricType.LongSum or MetricType.DoubleSum => PrometheusMetricType.Counter,
        MetricType.LongSumNonMonotonic or MetricType.DoubleSumNonMonotonic or MetricType.LongGauge or MetricType.DoubleGauge => PrometheusMetricType.Gauge,
        MetricType.Histogram => PrometheusMetricType.Histogram,
        _ => null,
    };

    private static List<PrometheusPoint> Points(Metric metric, PrometheusMetricType type)
    {
        var points = new List<PrometheusPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var labels = new List<KeyValuePair<string, string>>();
            foreach (var tag in point.Tags) labels.Add(KeyValuePair.Create(PrometheusNames.Label(tag.Key), LabelValue(tag.Value)));
            points.Add(type == PrometheusMetricType.Histogram
                ? new PrometheusPoint(labels, 0, Histogram(point))
                : new PrometheusPoint(labels, Value(metric.MetricType, point)));
        }
        return points;
    }

    private static double Value(MetricType type, in MetricPoint point) => type switch
    {
        MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong(),
        MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => point.GetSumDouble(),
        MetricType.LongGauge => point.GetGaugeLastValueLong(),
        _ => point.GetGaugeLastValueDouble(),
    };

    private static PrometheusHistogram Histogram(in MetricPoint point)
    {
        var buckets = new List<(double, long)>();
        foreach (var bucket in point.GetHistogramBuckets()) buckets.Add((bucket.ExplicitBound, bucket.BucketCount));
        return new PrometheusHistogram(buckets, point.GetHistogramSum(), point.GetHistogramCount());
    }

    private static string LabelValue(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
