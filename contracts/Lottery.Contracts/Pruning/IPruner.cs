using Lottery.Contracts.Data;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.Pruning;

/// <summary>
/// Everything a pruner may look at: the model (its current weights), the current mask (pruned weights
/// never come back), the density to reach over the mask's tensors, the prunable tensors and those to
/// leave dense, and training data for data-dependent criteria (SNIP, GraSP).
/// </summary>
public sealed record PruningContext(
    nn.Module<Tensor, Tensor> Model,
    Mask Current,
    double TargetDensity,
    IReadOnlyList<string> PrunableTensors,
    IReadOnlySet<string> IgnoredTensors,
    IBatchSource? TrainingData,
    Device Device,
    ulong Seed);

/// <summary>Produces a new mask at the target density. The caller owns the returned mask.</summary>
public interface IPruner
{
    Mask Prune(PruningContext context);
}
