using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.Pools;

/// <summary>
/// An IMP run's trained tickets by level (index = level, 0 dense), the target level, and the services an
/// interpolator uses to score, recalibrate and project candidates.
/// </summary>
public sealed record PoolContext(
    IReadOnlyList<Ticket> Levels,
    int TargetLevel,
    IEvaluator Evaluator,
    IBatchNormRecalibrator Recalibrator,
    IProjector Projector);

/// <summary>A candidate level the interpolation accepted, with its mixing weight and the validation accuracy after it.</summary>
public sealed record AcceptedCandidate(int Level, double Alpha, double ValidationAccuracy);

/// <summary>The pooled ticket and the candidates that went into it. Owns the ticket (and any ensemble members).</summary>
public sealed record PoolResult(Ticket Ticket, IReadOnlyList<AcceptedCandidate> Accepted) : IDisposable
{
    /// <summary>
    /// Further networks whose logits are averaged with <see cref="Ticket"/>'s at inference (an output ensemble);
    /// empty for one network, which is what every interpolation produces. Added in contracts 1.1.
    /// </summary>
    public IReadOnlyList<Ticket> EnsembleMembers { get; init; } = [];

    /// <summary>How many networks one prediction runs: the inference cost relative to the ticket.</summary>
    public int InferenceCost => 1 + EnsembleMembers.Count;

    public void Dispose()
    {
        Ticket.Dispose();
        foreach (var member in EnsembleMembers) member.Dispose();
    }
}

/// <summary>Builds a stronger ticket for the target level from the run's tickets, without training.</summary>
public interface IPoolInterpolator
{
    PoolResult Interpolate(PoolContext context);
}
