using Lottery.Contracts.Pools;

namespace Lottery.Plugins.Pools;

/// <summary><c>average</c>: the greedy loop of Lottery Pools with the mixing weight fixed at 0.5 (a baseline of the paper).</summary>
public sealed class AverageInterpolator(GreedyPoolOptions options) : IPoolInterpolator
{
    public const string Name = "average";

    public PoolResult Interpolate(PoolContext context) => GreedyInterpolation.Run(context, Name, [0.5], options);
}
