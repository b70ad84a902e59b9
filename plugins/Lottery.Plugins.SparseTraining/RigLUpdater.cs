using Lottery.Contracts.SparseTraining;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.SparseTraining;

/// <summary>
/// RigL (Evci et al. 2020; rigl's SparseRigLOptimizer): grows where the magnitude of the current batch's dense
/// gradient is largest.
/// </summary>
public sealed class RigLUpdater(RigLOptions options) : DynamicSparsityUpdater(options)
{
    public const string Name = "rigl";

    protected override Tensor GrowScores(string name, Tensor weight, MaskUpdateContext context) =>
        context.DenseGradients.TryGetValue(name, out var gradient)
            ? gradient.abs()
            : throw new ArgumentException($"rigl needs the dense gradient of '{name}', which the update context does not hold");
}
