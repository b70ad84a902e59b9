using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pools;

/// <summary>Settings every interpolating pool shares: how many candidates it tries (section <c>Lottery:Strategies:&lt;name&gt;</c>).</summary>
public class PoolOptions
{
    /// <summary>
    /// How many candidates (in the order t-1, t+1, t-2, ...) to try, overriding the stage's Lottery:Pools:PoolSize for
    /// this method; unset (the default): the stage's, so that methods compared on one target search the same pool;
    /// 0 for every other level. More is better, and slower.
    /// </summary>
    [Range(0, 1000, ErrorMessage = "expected a candidate count, 0 for every other level")]
    public int? PoolSize { get; set; }

    /// <summary>The candidates of the context's target: this method's pool size where set, else the stage's.</summary>
    public IReadOnlyList<int> Candidates(Lottery.Contracts.Pools.PoolContext context) =>
        CandidateOrder.For(context.TargetLevel, context.Levels.Count, PoolSize ?? context.PoolSize);
}

/// <summary>Settings of a greedy pool (<c>lottery-pools</c>, <c>average</c>): which improvements it accepts.</summary>
public class GreedyPoolOptions : PoolOptions
{
    /// <summary>
    /// true: a candidate is accepted only if it raises validation accuracy; false: also if it keeps it equal
    /// (a tie then moves the pool on to the candidate's mix).
    /// </summary>
    public bool StrictImprovement { get; set; } = true;

    /// <summary>
    /// The least rise of validation accuracy, in accuracy points (1 = one percentage point), for which a candidate is
    /// accepted; 0 (the paper's rule) accepts any rise. A margin guards against a search that fits the noise of the
    /// validation set it scores many mixes on.
    /// </summary>
    [Range(0.0, 100.0, ErrorMessage = "expected accuracy points from 0 to 100")]
    public double MinImprovement { get; set; }
}
