using System.Diagnostics.Metrics;
using Lottery.Host.Stages;

namespace Lottery.Host.Metrics;

/// <summary>
/// The pool search's instruments (meter Lottery.Pools): the candidate tickets each pool's search has evaluated, labelled
/// with its target level and interpolator (the method), recorded from the pools stage's progress (<see cref="ForPools"/>).
/// </summary>
public sealed class PoolMetrics
{
    public const string MeterName = "Lottery.Pools";

    private readonly Counter<long> candidates;

    public PoolMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        candidates = meter.CreateCounter<long>("lottery.pool.candidates.evaluated", "{candidate}", "Candidate tickets the pool search has evaluated.");
    }

    public void CandidateEvaluated(MetricLabels labels) => candidates.Add(1, labels.Tags());

    /// <summary>
    /// Puts the counter at 0 for a run before its first candidate: Prometheus' rate() and increase() only see
    /// an increment from a series that already existed, and dashboards show 0 rather than "no data".
    /// </summary>
    public void Start(MetricLabels labels) => candidates.Add(0, labels.Tags());

    /// <summary>The pools stage's progress as it reaches this meter: each pool starts at 0, each candidate adds one.</summary>
    public PoolsProgress ForPools(string experiment)
    {
        MetricLabels Pool(int level, string method) => new(experiment, "pools", Level: level, Method: method);
        return new PoolsProgress(
            PoolStarted: (level, method) => Start(Pool(level, method)),
            CandidateScored: (level, method) => CandidateEvaluated(Pool(level, method)));
    }
}
