using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Lottery.Plugins.SparseTraining;

/// <summary>What SET and RigL share: when the mask changes, how much of it, and the initial per-tensor densities.</summary>
public abstract class DynamicSparsityOptions
{
    /// <summary>Steps between two mask updates (RigL's ΔT, 100 in the paper).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "expected a positive number of steps")]
    public int UpdateInterval { get; set; } = 100;

    /// <summary>The fraction of training after which the mask stays fixed (RigL's T_end: 0.75).</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, ErrorMessage = "expected a fraction of training in (0, 1]")]
    public double EndFraction { get; set; } = 0.75;

    /// <summary>
    /// The fraction of each tensor's live weights dropped (and regrown) at an update: SET's zeta, RigL's alpha (the
    /// start of its cosine schedule). Both papers: 0.3.
    /// </summary>
    [Range(0.0, 1.0, MaximumIsExclusive = true, ErrorMessage = "expected a fraction in [0, 1)")]
    public double DropFraction { get; set; } = 0.3;

    /// <summary>How the drop fraction changes over training: <c>constant</c> or <c>cosine</c> (alpha/2 (1 + cos(pi t / T_end))).</summary>
    [RegularExpression("^(constant|cosine)$", ErrorMessage = "expected constant or cosine")]
    public string Anneal { get; set; } = DropFractionSchedule.Cosine;

    /// <summary>
    /// The initial density of each tensor: <c>uniform</c> (every tensor at the target density) or <c>erk</c>
    /// (Erdős–Rényi-Kernel, RigL's sparse_utils: density proportional to the sum of a tensor's dimensions over their
    /// product, tensors that would exceed 1 made dense, the total at the target).
    /// </summary>
    [RegularExpression("^(uniform|erk)$", ErrorMessage = "expected uniform or erk")]
    public string Distribution { get; set; } = LayerDensities.ErdosRenyiKernel;

    /// <summary>
    /// RigL's first layer: the first of the mask's tensors in the model's parameter order (the input layer) stays dense
    /// and is never rewired, as RigL's code leaves it unmasked (CIFAR's prune_first_layer=False, ImageNet's
    /// first_layer_sparsity=0), for either distribution. Its weights count in the total, which stays exactly the target:
    /// the other tensors are made sparser, as RigL's ERK does for a layer it makes dense. Off by default: IMP and moved
    /// tickets prune the first layer too, so every tensor sparse is the like-for-like comparison.
    /// </summary>
    // Left out of the options' JSON while off, so runs made before the option keep their folders (named by that JSON's hash).
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool DenseFirstLayer { get; set; }
}

/// <summary>Settings of <c>set</c> (section <c>Lottery:Strategies:set</c>): Mocanu et al.'s constant zeta by default.</summary>
public sealed class SetOptions : DynamicSparsityOptions
{
    public SetOptions() => Anneal = DropFractionSchedule.Constant;
}

/// <summary>Settings of <c>rigl</c> (section <c>Lottery:Strategies:rigl</c>): RigL's cosine schedule by default.</summary>
public sealed class RigLOptions : DynamicSparsityOptions;
