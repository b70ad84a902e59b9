using System.ComponentModel.DataAnnotations;

namespace Lottery.TestPlugins.Good;

/// <summary>Lottery:Strategies:test-good.</summary>
public sealed class TopMagnitudeOptions
{
    /// <summary>No tensor is pruned below this many weights, so no layer collapses entirely.</summary>
    [Range(1, 1_000_000, ErrorMessage = "expected a count from 1 to 1000000")]
    public int MinimumKept { get; set; } = 1;
}
