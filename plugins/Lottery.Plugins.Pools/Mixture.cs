using System.Globalization;
using Lottery.Contracts.Pools;
using Lottery.Contracts.Tickets;

namespace Lottery.Plugins.Pools;

/// <summary>A pool under construction: its weights, its mask, and its validation accuracy. Owns the weights and mask.</summary>
public sealed class Mixture(StateDict weights, Mask mask, double validationAccuracy) : IDisposable
{
    public StateDict Weights { get; } = weights;

    public Mask Mask { get; } = mask;

    public double ValidationAccuracy { get; } = validationAccuracy;

    /// <summary>The target ticket as it is (copied), scored on validation: where every pool starts.</summary>
    public static Mixture Start(PoolContext context)
    {
        var ticket = context.Levels[context.TargetLevel];
        return new Mixture(ticket.Weights.Clone(), ticket.Mask.Clone(), context.Evaluator.Accuracy(ticket.Weights, EvaluationSplit.Validation));
    }

    /// <summary>
    /// The step every interpolating pool takes: alpha * candidate + (1 - alpha) * current over the whole state,
    /// projected back to the density ("prune during": after every step, not once at the end), BatchNorm
    /// statistics recomputed for the new weights, then scored on validation.
    /// </summary>
    public static Mixture Mix(PoolContext context, StateDict current, StateDict candidate, double alpha, double density)
    {
        var weights = Interpolation.Mix(current, candidate, alpha);
        Mask? mask = null;
        try
        {
            mask = context.Projector.Project(weights, density);
            context.Recalibrator.Recalibrate(weights);
            return new Mixture(weights, mask, context.Evaluator.Accuracy(weights, EvaluationSplit.Validation));
        }
        catch
        {
            mask?.Dispose();
            weights.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The finished pool as a ticket of the target's architecture, with the candidates tried and those accepted;
    /// ownership of the weights and mask moves to it.
    /// </summary>
    public PoolResult ToResult(PoolContext context, string method, IReadOnlyList<int> candidates, IReadOnlyList<AcceptedCandidate> accepted)
    {
        var target = context.Levels[context.TargetLevel];
        var source = accepted.Count == 0
            ? $"level {context.TargetLevel} unchanged"
            : $"level {context.TargetLevel} with " + string.Join(", ", accepted.Select(a => string.Create(CultureInfo.InvariantCulture, $"level {a.Level} (alpha {a.Alpha:0.###})")));
        return new PoolResult(new Ticket(target.Architecture, Weights, Mask, new TicketProvenance(target.Provenance.Experiment, context.TargetLevel, method, source)), accepted)
        {
            Candidates = candidates,
        };
    }

    public void Dispose()
    {
        Weights.Dispose();
        Mask.Dispose();
    }
}
