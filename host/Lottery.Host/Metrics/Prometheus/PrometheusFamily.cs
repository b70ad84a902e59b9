namespace Lottery.Host.Metrics.Prometheus;

/// <summary>The metric kinds the exposition writes (summaries and untyped metrics are never produced).</summary>
public enum PrometheusMetricType
{
    Counter,
    Gauge,
    Histogram,
}

/// <summary>
/// One metric family as Prometheus sees it: a name (for counters without the _total the samples get), help,
/// type and its series. A snapshot, detached from the SDK's buffers, so it can be written at leisure.
/// </summary>
public sealed record PrometheusFamily(string Name, string Help, PrometheusMetricType Type, IReadOnlyList<PrometheusPoint> Points);

/// <summary>
/// One series: its labels and value, or for a histogram its per-bucket (not yet cumulative) counts by upper
/// bound, the last bound +Inf, with the sum and count of the observations.
/// </summary>
public sealed record PrometheusPoint(IReadOnlyList<KeyValuePair<string, string>> Labels, double Value, PrometheusHistogram? Histogram = null);

public sealed record PrometheusHistogram(IReadOnlyList<(double UpperBound, long Count)> Buckets, double Sum, long Count);
