using Lottery.Contracts.Pools;

namespace Lottery.Plugins.Pools;

/// <summary>
/// The always-accepting loop of the weight-averaging baselines (SWA, EMA): each candidate in turn is mixed in
/// with the weight the schedule gives it, whatever it does to validation accuracy, projected and recalibrated
/// after every step like the greedy pools.
/// </summary>
public static class RunningMixture
{
    /// <param name="alphaOf">The candidate's mixing weight from its position in the order (1 for the first).</param>
    public static PoolResult Run(PoolContext context, string method, IReadOnlyList<int> candidates, Func<int, double> alphaOf)
    {
        var density = context.Levels[context.TargetLevel].Density;
        var current = Mixture.Start(context);
        var accepted = new List<AcceptedCandidate>();
        try
        {
            for (var k = 0; k < candidates.Count; k++)
            {
                var alpha = alphaOf(k + 1);
                var next = Mixture.Mix(context, current.Weights, context.Levels[candidates[k]].Weights, alpha, density);
                current.Dispose();
                current = next;
                accepted.Add(new AcceptedCandidate(candidates[k], alpha, current.ValidationAccuracy));
            }
            return current.ToResult(context, method, candidates, accepted);
        }
        catch
        {
            current.Dispose();
            throw;
        }
    }
}
