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

/// <summary>The pooled ticket and the candidates that went into it. Owns the ticket.</summary>
public sealed record PoolResult(Ticket Ticket, IReadOnlyList<AcceptedCandidate> Accepted) : IDisposable
{
    public void Dispose() => Ticket.Dispose();
}

/// <summary>Builds a stronger ticket for the target level from the run's tickets, without training.</summary>
public interface IPoolInterpolator
{
    PoolResult Interpolate(PoolContext context);
}
