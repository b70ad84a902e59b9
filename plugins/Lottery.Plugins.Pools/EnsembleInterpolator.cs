using Lottery.Contracts.Pools;
using Lottery.Contracts.Tickets;

namespace Lottery.Plugins.Pools;

/// <summary>
/// <c>ensemble</c>: the output ensemble of the ticket and its nearest levels (t-1, t+1 by default), logits
/// averaged. No network is built; each prediction costs one pass per member, which is what Lottery Pools avoids.
/// </summary>
public sealed class EnsembleInterpolator(EnsembleOptions options) : IPoolInterpolator
{
    public const string Name = "ensemble";

    public PoolResult Interpolate(PoolContext context)
    {
        var neighbours = CandidateOrder.For(context.TargetLevel, context.Levels.Count, options.Neighbours);
        var target = context.Levels[context.TargetLevel];
        var accuracy = context.Evaluator.EnsembleAccuracy([target.Weights, .. neighbours.Select(level => context.Levels[level].Weights)], EvaluationSplit.Validation);
        var weight = 1.0 / (neighbours.Count + 1);
        var members = neighbours.Select(level => Copy(context.Levels[level], level)).ToList();
        return new PoolResult(Copy(target, context.TargetLevel), neighbours.Select(level => new AcceptedCandidate(level, weight, accuracy)).ToList())
        {
            EnsembleMembers = members,
            Candidates = neighbours,
        };
    }

    private static Ticket Copy(Ticket ticket, int level) =>
        new(ticket.Architecture, ticket.Weights.Clone(), ticket.Mask.Clone(), ticket.Provenance with { Level = level, Method = Name });
}
