using Lottery.Contracts.Pools;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>The "pools" part of summary.json: one result per target level and method.</summary>
public sealed record PoolsSummary(IReadOnlyList<PoolLevelSummary> Results)
{
    /// <summary>Each pool as a point of the results (its own line per method in the chart).</summary>
    public IEnumerable<ResultRow> Rows() =>
        Results.Select(r => new ResultRow(r.Method, r.Level, r.Density, r.ValAccuracy, r.TestAccuracy, r.ValAccuracy, r.TestAccuracy));
}

/// <summary>
/// A pooled network for a target level beside the ticket it improves on (accuracies as fractions 0..1). Out-of-
/// distribution accuracies are the mean over every corruption and severity, and per corruption over its
/// severities; null where the dataset has no out-of-distribution sets. InferenceCost counts the networks one
/// prediction runs (an output ensemble of k networks costs k). Checkpoint names the weights of each level that were
/// pooled and that the ticket columns measure ("best" validation epoch or "final"); Candidates the levels the method
/// tried, in order (the pool actually used), Accepted those it took.
/// </summary>
public sealed record PoolLevelSummary(
    int Level,
    string Method,
    string Checkpoint,
    double Density,
    int InferenceCost,
    double TicketValAccuracy,
    double ValAccuracy,
    double TicketTestAccuracy,
    double TestAccuracy,
    double? TicketOodAccuracy,
    double? OodAccuracy,
    IReadOnlyDictionary<string, double>? TicketOodByCorruption,
    IReadOnlyDictionary<string, double>? OodByCorruption,
    IReadOnlyList<int> Candidates,
    IReadOnlyList<AcceptedCandidate> Accepted);
