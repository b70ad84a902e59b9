using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>
/// Lottery:SparseTraining: dynamic sparse training after IMP. Each method (a mask-updater strategy, e.g. "set", "rigl";
/// its own settings under Lottery:Strategies:&lt;method&gt;) trains from a fresh initialisation, for the whole schedule,
/// at the density of each chosen IMP level, so it sits beside the IMP curve at equal density.
/// </summary>
public sealed class SparseTrainingOptions : IValidatableObject
{
    /// <summary>Mask-updater strategies to run, e.g. ["set", "rigl"]; empty: no sparse-training stage.</summary>
    public List<string> Methods { get; set; } = new();

    /// <summary>The IMP levels (1 and up) whose densities the methods train at; empty: every pruned level of the run.</summary>
    public List<int> Levels { get; set; } = new();

    public bool Enabled => Methods.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var bad in Levels.Where(level => level < 1).Take(1))
        {
            yield return new ValidationResult($"{bad} is not a pruned IMP level: expected levels from 1 (level 0 is dense)", [nameof(Levels)]);
        }
        if (Methods.GroupBy(m => m).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            yield return new ValidationResult($"'{twice.Key}' is named more than once: expected each method once", [nameof(Methods)]);
        }
    }
}
