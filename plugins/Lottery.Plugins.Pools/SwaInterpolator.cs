using Lottery.Contracts.Pools;

namespace Lottery.Plugins.Pools;

/// <summary>
/// <c>swa</c>: the equal running mean of the ticket and the candidates in order (the k-th joins with weight
/// 1/(k+1)), always accepted, projected and recalibrated after every step.
/// </summary>
public sealed class SwaInterpolator(PoolOptions options) : IPoolInterpolator
{
    public const string Name = "swa";

    public PoolResult Interpolate(PoolContext context) => RunningMixture.Run(context, Name, options.Candidates(context), k => 1.0 / (k + 1));
}
