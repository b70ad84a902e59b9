using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pools;

/// <summary>Settings of <c>ema</c> (section <c>Lottery:Strategies:ema</c>).</summary>
public sealed class EmaOptions : PoolOptions
{
    /// <summary>
    /// The weight each candidate joins with: w = Alpha * candidate + (1 - Alpha) * current. The paper's 0.95 (the
    /// official EMA_value) weighs the candidate, not the running average, so the sparsest pools lean towards the
    /// denser levels they are mixed with.
    /// </summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true, ErrorMessage = "expected a mixing weight strictly between 0 and 1")]
    public double Alpha { get; set; } = 0.95;
}
