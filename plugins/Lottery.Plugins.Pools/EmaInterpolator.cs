using Lottery.Contracts.Pools;

namespace Lottery.Plugins.Pools;

/// <summary>
/// <c>ema</c>: an exponential moving average over the candidates in order, the running average keeping Decay
/// (default 0.95) at each step, always accepted, projected and recalibrated after every step.
/// </summary>
public sealed class EmaInterpolator(EmaOptions options) : IPoolInterpolator
{
    public const string Name = "ema";

    public PoolResult Interpolate(PoolContext context) =>
        RunningMixture.Run(context, Name, CandidateOrder.For(context.TargetLevel, context.Levels.Count, options.PoolSize), _ => 1 - options.Decay);
}
