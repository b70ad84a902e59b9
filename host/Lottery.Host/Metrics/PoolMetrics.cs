using System.Diagnostics.Metrics;

namespace Lottery.Host.Metrics;

/// <summary>
/// The pool search's instruments (meter Lottery.Pools). The pools stage calls <see cref="CandidateEvaluated"/>
/// once per candidate ticket it has evaluated, labelled with its interpolator as the method.
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
}
