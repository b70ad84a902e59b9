using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// Settings of <c>snip</c> (section <c>Lottery:Strategies:snip</c>), and the data part of <c>grasp</c>'s. The defaults
/// are Synaptic-Flow's (main.py: <c>--prune-train-mode False</c>, <c>--prune-dataset-ratio 10</c>,
/// <c>--prune-batch-size 256</c>), whose prune_loader ElasticLTH's baselines are compared against.
/// </summary>
public class GradientScoreOptions : IValidatableObject
{
    /// <summary>"eval" (BatchNorm uses its running statistics and keeps them, as Synaptic-Flow's prune_loop and ElasticLTH's prune_early score) or "train".</summary>
    public string Mode { get; set; } = "eval";

    /// <summary>
    /// The scores are taken on SamplesPerClass times the number of classes training examples (all of them when the split
    /// is smaller), drawn in the order the run's seed gives, with the dataset's training augmentation.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "expected a number of examples per class from 1 to 1000000")]
    public int SamplesPerClass { get; set; } = 10;

    /// <summary>Examples per batch: the loss is the mean over a batch, and the gradients are summed over the batches.</summary>
    [Range(1, 1_000_000, ErrorMessage = "expected a positive batch size")]
    public int BatchSize { get; set; } = 256;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The host's message already names the key and its value.
        if (!ScoringModes.TryParse(Mode, out _)) yield return new ValidationResult(ScoringModes.Expected, [nameof(Mode)]);
    }
}

/// <summary>Settings of <c>grasp</c> (section <c>Lottery:Strategies:grasp</c>).</summary>
public sealed class GraspOptions : GradientScoreOptions
{
    /// <summary>The logits are divided by this before the loss, as GraSP does (200) to keep the gradients from vanishing.</summary>
    [Range(1e-6, 1e6, ErrorMessage = "expected a positive temperature")]
    public double Temperature { get; set; } = 200;

    /// <summary>
    /// Keep the largest |w ⊙ Hg| rather than the largest w ⊙ Hg: ElasticLTH's pruning/grasp_global.py keeps
    /// <c>np.abs(score) &gt; threshold</c>, where the paper, the original GraSP code and Synaptic-Flow keep the signed score.
    /// </summary>
    // Left out of the options' JSON while off, so runs made before the option keep their folders (named by that JSON's hash).
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AbsoluteScores { get; set; }
}

/// <summary>Settings of <c>synflow</c> (section <c>Lottery:Strategies:synflow</c>).</summary>
public sealed class SynFlowOptions
{
    /// <summary>Pruning rounds, each rescoring and pruning to the next density of an exponential schedule (the paper's 100).</summary>
    [Range(1, 10_000, ErrorMessage = "expected a number of iterations from 1 to 10000")]
    public int Iterations { get; set; } = 100;
}
