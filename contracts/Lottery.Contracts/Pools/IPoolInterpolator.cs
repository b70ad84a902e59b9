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
    IProjector Projector)
{
    /// <summary>
    /// How many candidates (in the order t-1, t+1, t-2, ...) the stage gives every method, so that methods compared
    /// on one target search the same pool; 0 for every other level. A method may override it. Added in contracts 1.2.
    /// </summary>
    public int PoolSize { get; init; }
}

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

    /// <summary>
    /// The levels the method tried, in the order it tried them (the pool actually used, accepted or not); empty
    /// when a method does not say. Added in contracts 1.2.
    /// </summary>
    public IReadOnlyList<int> Candidates { get; init; } = [];

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
