using System.ComponentModel.DataAnnotations;

namespace Acme.Pruning;

/// <summary>
/// Settings of the acme-pruning strategy, bound from <c>Lottery:Strategies:acme-pruning</c> and validated
/// when the host starts.
/// </summary>
public sealed class AcmePruningOptions
{
    /// <summary>
    /// How far the ranking moves from weight magnitude towards chance: 0 keeps the largest weights
    /// (magnitude pruning), 1 keeps random ones (the random-pruning baseline), in between mixes the two.
    /// </summary>
    [Range(0.0, 1.0)]
    public double Randomness { get; set; } = 0;
}
