using System.Text.Json;

namespace Lottery.Bench.Driver;

/// <summary>What a workload's replies are turned into, and which way is better.</summary>
public enum Measure
{
    /// <summary>items / seconds (images/s): higher is better.</summary>
    Throughput,

    /// <summary>seconds / items (s per prune, per candidate): lower is better.</summary>
    Duration,

    /// <summary>the process's peak RSS in MiB, measured in a fresh worker: lower is better.</summary>
    PeakRss,

    /// <summary>live native tensors after the last IMP level less after the first (ours only): 0 is the target.</summary>
    LiveTensorGrowth,
}

public static class Measures
{
    public static string Unit(this Measure measure) => measure switch
    {
        Measure.Throughput => "images/s",
        Measure.Duration => "s",
        Measure.PeakRss => "MiB",
        Measure.LiveTensorGrowth => "tensors",
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    public static bool HigherIsBetter(this Measure measure) => measure == Measure.Throughput;

    /// <summary>The sample one reply gives.</summary>
    public static double Value(this Measure measure, JsonElement reply) => measure switch
    {
        Measure.Throughput => reply.GetProperty("items").GetDouble() / reply.GetProperty("seconds").GetDouble(),
        Measure.Duration => reply.GetProperty("seconds").GetDouble() / reply.GetProperty("items").GetDouble(),
        Measure.PeakRss => reply.GetProperty("peakRssBytes").GetDouble() / (1024 * 1024),
        Measure.LiveTensorGrowth => reply.GetProperty("liveAfterLast").GetDouble() - reply.GetProperty("liveAfterFirst").GetDouble(),
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    /// <summary>
    /// How many times better ours is than other (&gt;1: ours is better): ours/other for throughputs, other/ours for
    /// durations and memory. None where either side is missing or the measure has no ratio.
    /// </summary>
    public static double? Ratio(this Measure measure, double? ours, double? other)
    {
        if (measure == Measure.LiveTensorGrowth || ours is not { } o || other is not { } t || o <= 0 || t <= 0) return null;
        return measure.HigherIsBetter() ? o / t : t / o;
    }
}
