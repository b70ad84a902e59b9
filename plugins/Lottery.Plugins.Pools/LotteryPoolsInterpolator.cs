using Lottery.Contracts.Pools;

namespace Lottery.Plugins.Pools;

/// <summary>
/// <c>lottery-pools</c> (Yin, Liu et al., AAAI 2023): greedy interpolation of the target ticket with the other
/// levels of its IMP run, nearest first, over a grid of mixing weights, each mix projected back to the target's
/// density by global magnitude and BatchNorm-recalibrated, kept only where validation accuracy improves.
/// </summary>
public sealed class LotteryPoolsInterpolator(LotteryPoolsOptions options) : IPoolInterpolator
{
    public const string Name = "lottery-pools";

    public PoolResult Interpolate(PoolContext context) => GreedyInterpolation.Run(context, Name, options.Grid, options);
}
