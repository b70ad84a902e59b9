using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.SparseTraining;

/// <summary>
/// Everything one mask update may look at: the model (its weights, pruned ones exactly 0), the current mask, the
/// dense gradient of the current batch for every tensor of the mask (pruned positions included: RigL grows where it
/// is largest), the step just taken and the training's total steps (for the drop-fraction schedule), and the random
/// source (SET's regrowth), whose state the host checkpoints. Added in contracts 1.3.
/// </summary>
public sealed record MaskUpdateContext(
    nn.Module<Tensor, Tensor> Model,
    Mask Current,
    IReadOnlyDictionary<string, Tensor> DenseGradients,
    long Step,
    long TotalSteps,
    Generator Random);

/// <summary>The new mask and the fraction of each tensor's live weights that was dropped for it. Added in contracts 1.3.</summary>
public sealed record MaskUpdate(Mask Mask, double DropFraction);
