using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pools;

/// <summary>Settings of <c>lottery-pools</c> (section <c>Lottery:Strategies:lottery-pools</c>).</summary>
public sealed class LotteryPoolsOptions : GreedyPoolOptions, IValidatableObject
{
    /// <summary>The paper's grid of mixing weights.</summary>
    public static readonly IReadOnlyList<double> PaperAlphas = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

    /// <summary>
    /// The mixing weights tried for each candidate (w = alpha * candidate + (1 - alpha) * current); empty for the
    /// paper's 11 values 0.05, 0.1, 0.2, ..., 0.9, 0.95. (Empty rather than the grid itself by default, because
    /// configuration lists add to a default list instead of replacing it.)
    /// </summary>
    public List<double> Alphas { get; set; } = new();

    public IReadOnlyList<double> Grid => Alphas.Count == 0 ? PaperAlphas : Alphas;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Alphas.Any(a => !(a > 0 && a <= 1))) yield return new ValidationResult("expected mixing weights in (0, 1]", [nameof(Alphas)]);
    }
}
