using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pools;

/// <summary>Settings of <c>ema</c> (section <c>Lottery:Strategies:ema</c>).</summary>
public sealed class EmaOptions : PoolOptions
{
    /// <summary>The weight the running average keeps at each candidate: w = Decay * current + (1 - Decay) * candidate.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true, ErrorMessage = "expected a decay strictly between 0 and 1")]
    public double Decay { get; set; } = 0.95;
}
