using Lottery.Contracts.Pools;

namespace Lottery.Plugins.Pools;

/// <summary>
/// <c>pair-average</c>: (w_a + w_b) / 2 of the target level and one other level, projected to the sparser of the
/// two densities and BatchNorm-recalibrated (a baseline of the paper).
/// </summary>
public sealed class PairAverageInterpolator(PairAverageOptions options) : IPoolInterpolator
{
    public const string Name = "pair-average";

    public PoolResult Interpolate(PoolContext context)
    {
        var target = context.TargetLevel;
        if (context.Levels.Count < 2)
        {
            throw new ArgumentException($"{Name} averages two levels, but the run has only level 0: expected Lottery:Experiment:Levels = 1 or more");
        }
        var other = options.With ?? CandidateOrder.For(target, context.Levels.Count, 1).Single();
        if (other >= context.Levels.Count) throw new ArgumentException($"Lottery:Strategies:{Name}:With = {other}, but the run has levels 0 to {context.Levels.Count - 1}");
        if (other == target) throw new ArgumentException($"Lottery:Strategies:{Name}:With = {other} is the target level itself: a pair needs two levels");
        var density = Math.Min(context.Levels[target].Density, context.Levels[other].Density);
        var mix = Mixture.Mix(context, context.Levels[target].Weights, context.Levels[other].Weights, 0.5, density);
        return mix.ToResult(context, Name, [other], [new AcceptedCandidate(other, 0.5, mix.ValidationAccuracy)]);
    }
}
