using Lottery.Contracts.Plugins;

namespace Lottery.Plugins.Pools;

/// <summary>
/// Registers the pool interpolators: <c>lottery-pools</c> and its baselines <c>average</c>, <c>swa</c>,
/// <c>ema</c>, <c>pair-average</c> and <c>ensemble</c>.
/// </summary>
public sealed class PoolsPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry
            .AddPoolInterpolator<LotteryPoolsInterpolator, LotteryPoolsOptions>(
                LotteryPoolsInterpolator.Name, "Lottery Pools: greedy interpolation with the nearest levels over an alpha grid, projected, BN-recalibrated, kept where validation improves")
            .AddPoolInterpolator<AverageInterpolator, GreedyPoolOptions>(
                AverageInterpolator.Name, "the greedy Lottery Pools loop with alpha fixed at 0.5")
            .AddPoolInterpolator<SwaInterpolator, PoolOptions>(
                SwaInterpolator.Name, "equal running mean of the ticket and the nearest levels, always accepted")
            .AddPoolInterpolator<EmaInterpolator, EmaOptions>(
                EmaInterpolator.Name, "exponential moving average over the nearest levels, each joining with weight 0.95, always accepted")
            .AddPoolInterpolator<PairAverageInterpolator, PairAverageOptions>(
                PairAverageInterpolator.Name, "(a + b) / 2 of the target and one other level, pruned to the sparser density")
            .AddPoolInterpolator<EnsembleInterpolator, EnsembleOptions>(
                EnsembleInterpolator.Name, "output ensemble of the ticket and its two nearest levels (logits averaged; k-times inference cost)");
}
