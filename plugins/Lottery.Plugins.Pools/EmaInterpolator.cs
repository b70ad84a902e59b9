using Lottery.Contracts.Pools;

namespace Lottery.Plugins.Pools;

/// <summary>
/// <c>ema</c>: an exponential moving average over the candidates in order, each candidate joining with weight Alpha
/// (default 0.95): w = Alpha * candidate + (1 - Alpha) * current, as the official <c>interpolate_LTs(EMA_value)</c>
/// with <c>EMA_value 0.95</c>. Always accepted, projected and recalibrated after every step.
/// </summary>
public sealed class EmaInterpolator(EmaOptions options) : IPoolInterpolator
{
    public const string Name = "ema";

    public PoolResult Interpolate(PoolContext context) => RunningMixture.Run(context, Name, options.Candidates(context), _ => options.Alpha);
}
