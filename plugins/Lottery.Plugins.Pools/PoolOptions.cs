using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pools;

/// <summary>Settings every interpolating pool shares: how many candidates it tries (section <c>Lottery:Strategies:&lt;name&gt;</c>).</summary>
public class PoolOptions
{
    /// <summary>How many candidates (in the order t-1, t+1, t-2, ...) to try; 0 for every other level. More is better, and slower.</summary>
    [Range(0, 1000, ErrorMessage = "expected a candidate count, 0 for every other level")]
    public int PoolSize { get; set; }
}

/// <summary>Settings of a greedy pool (<c>lottery-pools</c>, <c>average</c>): which improvements it accepts.</summary>
public class GreedyPoolOptions : PoolOptions
{
    /// <summary>
    /// true: a candidate is accepted only if it raises validation accuracy; false: also if it keeps it equal
    /// (a tie then moves the pool on to the candidate's mix).
    /// </summary>
    public bool StrictImprovement { get; set; } = true;
}
