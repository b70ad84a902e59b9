using Lottery.Contracts.Pools;

namespace Lottery.Plugins.Pools;

/// <summary>
/// The greedy loop of Lottery Pools: starting from the target ticket, each candidate in turn is mixed in at
/// every alpha of the grid; the candidate's best alpha (the first, on equal accuracy) is kept only if it beats
/// the pool's validation accuracy by at least the margin (or equals it, when ties are accepted and the margin is
/// 0). So the pool's validation accuracy never falls below the ticket's.
/// </summary>
public static class GreedyInterpolation
{
    public static PoolResult Run(PoolContext context, string method, IReadOnlyList<double> alphas, GreedyPoolOptions options)
    {
        if (alphas.Count == 0) throw new ArgumentException("the alpha grid is empty", nameof(alphas));
        var candidates = options.Candidates(context);
        var density = context.Levels[context.TargetLevel].Density;
        var current = Mixture.Start(context);
        var accepted = new List<AcceptedCandidate>();
        try
        {
            foreach (var candidate in candidates)
            {
                var (best, alpha) = BestAlpha(context, current, candidate, alphas, density);
                if (Accepts(best.ValidationAccuracy, current.ValidationAccuracy, options))
                {
                    current.Dispose();
                    current = best;
                    accepted.Add(new AcceptedCandidate(candidate, alpha, best.ValidationAccuracy));
                }
                else
                {
                    best.Dispose();
                }
            }
            return current.ToResult(context, method, candidates, accepted);
        }
        catch
        {
            current.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether a candidate's accuracy (a fraction) is an improvement: above the current one plus the margin
    /// (MinImprovement, in accuracy points), or with ties accepted at least that.
    /// </summary>
    public static bool Accepts(double candidate, double current, GreedyPoolOptions options)
    {
        var needed = current + options.MinImprovement / 100;
        return options.StrictImprovement ? candidate > needed : candidate >= needed;
    }

    private static (Mixture best, double alpha) BestAlpha(PoolContext context, Mixture current, int candidate, IReadOnlyList<double> alphas, double density)
    {
        Mixture? best = null;
        var bestAlpha = double.NaN;
        try
        {
            foreach (var alpha in alphas)
            {
                var mix = Mixture.Mix(context, current.Weights, context.Levels[candidate].Weights, alpha, density);
                if (best is null || mix.ValidationAccuracy > best.ValidationAccuracy)
                {
                    best?.Dispose();
                    (best, bestAlpha) = (mix, alpha);
                }
                else
                {
                    mix.Dispose();
                }
            }
            return (best!, bestAlpha);
        }
        catch
        {
            best?.Dispose();
            throw;
        }
    }
}
