using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pools;

/// <summary>Settings of <c>ensemble</c> (section <c>Lottery:Strategies:ensemble</c>).</summary>
public sealed class EnsembleOptions
{
    /// <summary>How many of the nearest levels (t-1, t+1, ...) join the ticket; the ensemble costs Neighbours + 1 networks per prediction.</summary>
    [Range(1, 1000, ErrorMessage = "expected at least one neighbour")]
    public int Neighbours { get; set; } = 2;
}
