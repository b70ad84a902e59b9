using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>
/// Lottery:Pools: the pools stage after IMP (Lottery Pools and its baselines). Each method's own settings (pool
/// size, alpha grid, ...) live under Lottery:Strategies:&lt;method&gt;.
/// </summary>
public sealed class PoolsOptions : IValidatableObject
{
    /// <summary>Pool-interpolator strategies to run, e.g. ["lottery-pools", "swa"]; empty: no pools stage.</summary>
    public List<string> Methods { get; set; } = new();

    /// <summary>The IMP levels to build pools for (0 is the dense network); empty: every level of the run.</summary>
    public List<int> TargetLevels { get; set; } = new();

    /// <summary>
    /// Training batches over which BatchNorm statistics are recomputed after each interpolation; 0: the whole
    /// training split. Networks without BatchNorm skip the recomputation.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "expected a batch count, 0 for the whole training split")]
    public int BatchNormBatches { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TargetLevels.Any(level => level < 0)) yield return new ValidationResult("expected IMP levels, 0 or more", [nameof(TargetLevels)]);
        var repeated = Methods.GroupBy(m => m, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated != null) yield return new ValidationResult($"'{repeated.Key}' is listed twice", [nameof(Methods)]);
    }
}
