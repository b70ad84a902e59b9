using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pruning;

/// <summary>Settings of <c>snip</c> (section <c>Lottery:Strategies:snip</c>), and the data part of <c>grasp</c>'s.</summary>
public class GradientScoreOptions
{
    /// <summary>How many training batches the gradients are summed over.</summary>
    [Range(1, 10_000, ErrorMessage = "expected a number of batches from 1 to 10000")]
    public int Batches { get; set; } = 1;

    /// <summary>Examples per batch (SNIP and GraSP use about ten per class).</summary>
    [Range(1, 1_000_000, ErrorMessage = "expected a positive batch size")]
    public int BatchSize { get; set; } = 128;
}

/// <summary>Settings of <c>grasp</c> (section <c>Lottery:Strategies:grasp</c>).</summary>
public sealed class GraspOptions : GradientScoreOptions
{
    /// <summary>The logits are divided by this before the loss, as GraSP does (200) to keep the gradients from vanishing.</summary>
    [Range(1e-6, 1e6, ErrorMessage = "expected a positive temperature")]
    public double Temperature { get; set; } = 200;
}

/// <summary>Settings of <c>synflow</c> (section <c>Lottery:Strategies:synflow</c>).</summary>
public sealed class SynFlowOptions
{
    /// <summary>Pruning rounds, each rescoring and pruning to the next density of an exponential schedule (the paper's 100).</summary>
    [Range(1, 10_000, ErrorMessage = "expected a number of iterations from 1 to 10000")]
    public int Iterations { get; set; } = 100;
}
