using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pools;

/// <summary>Settings of <c>pair-average</c> (section <c>Lottery:Strategies:pair-average</c>).</summary>
public sealed class PairAverageOptions
{
    /// <summary>
    /// The level averaged with the target level; unset: the target's nearest candidate (its denser neighbour
    /// t-1, or level 1 for the dense target).
    /// </summary>
    [Range(0, 1000, ErrorMessage = "expected an IMP level")]
    public int? With { get; set; }
}
