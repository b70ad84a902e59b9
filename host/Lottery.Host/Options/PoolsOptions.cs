using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>
/// Lottery:Pools: the pools stage after IMP (Lottery Pools and its baselines). Settings every method shares live
/// here (which levels, which checkpoint of each, how many candidates, how BatchNorm is recalibrated); each method's
/// own (alpha grid, acceptance, ...) under Lottery:Strategies:&lt;method&gt;.
/// </summary>
public sealed class PoolsOptions : IValidatableObject
{
    /// <summary>Pool from each level's best-validation weights (the official code's model_SA_best): the default.</summary>
    public const string BestCheckpoint = "best";

    /// <summary>Pool from each level's weights at the end of training.</summary>
    public const string FinalCheckpoint = "final";

    /// <summary>BatchNorm recalibration over the training loader as training uses it (the official update_bn(train_loader)): the default.</summary>
    public const string TrainingLoader = "training";

    /// <summary>BatchNorm recalibration over un-augmented training batches in one fixed order, the same for every mix.</summary>
    public const string FixedLoader = "fixed";

    /// <summary>Pool-interpolator strategies to run, e.g. ["lottery-pools", "swa"]; empty: no pools stage.</summary>
    public List<string> Methods { get; set; } = new();

    /// <summary>The IMP levels to build pools for (0 is the dense network); empty: every level of the run.</summary>
    public List<int> TargetLevels { get; set; } = new();

    /// <summary>
    /// Which weights of each level are pooled and reported as the ticket: "best" (the epoch of best validation
    /// accuracy, as the official code's model_SA_best) or "final" (the end of training).
    /// </summary>
    [OneOf(BestCheckpoint, FinalCheckpoint)]
    public string Checkpoint { get; set; } = BestCheckpoint;

    /// <summary>
    /// How many candidates (in the order t-1, t+1, t-2, ...) every method tries, so that methods compared on one
    /// target search the same pool (the official search_num counts the ticket too: search_num = PoolSize + 1); 0 for
    /// every other level. A method may override it with its own PoolSize.
    /// </summary>
    [Range(0, 1000, ErrorMessage = "expected a candidate count, 0 for every other level")]
    public int PoolSize { get; set; }

    /// <summary>
    /// Training batches over which BatchNorm statistics are recomputed after each interpolation; 0: the whole
    /// training split. Networks without BatchNorm skip the recomputation.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "expected a batch count, 0 for the whole training split")]
    public int BatchNormBatches { get; set; }

    /// <summary>
    /// Which batches BatchNorm statistics are recomputed over: "training" (the training loader as training uses it:
    /// shuffled anew for every mix, augmented when Lottery:Training:Augment is on, drawn from a seed of the pool's own
    /// so a rebuilt pool is identical) or "fixed" (un-augmented, one order for every mix).
    /// </summary>
    [OneOf(TrainingLoader, FixedLoader)]
    public string BatchNormLoader { get; set; } = TrainingLoader;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TargetLevels.Any(level => level < 0)) yield return new ValidationResult("expected IMP levels, 0 or more", [nameof(TargetLevels)]);
        var repeated = Methods.GroupBy(m => m, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated != null) yield return new ValidationResult($"'{repeated.Key}' is listed twice", [nameof(Methods)]);
    }
}
