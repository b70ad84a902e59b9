using Lottery.Contracts.Pruning;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.SparseTraining;

/// <summary>
/// One tensor's drop-and-grow (rigl/sparse_optimizers.py, _get_update_op): n_prune = int(n_live * dropFraction); keep
/// the n_live - n_prune live weights of largest magnitude; grow n_prune among every other position (those just dropped
/// included, as RigL's score_grow_lifted) where the grow score is largest. The count of live weights never changes.
/// Ties go to the earliest position (RigL breaks them with noise), so the same inputs always give the same mask.
/// </summary>
public static class MaskRewiring
{
    /// <summary>The new keep tensor (bool, shaped like weight) and how many weights it dropped.</summary>
    public static (Tensor Keep, long Dropped) Rewire(Tensor weight, Tensor keep, Tensor growScores, double dropFraction)
    {
        using var scope = NewDisposeScope();
        var live = keep.count_nonzero().item<long>();
        var prune = (long)(live * dropFraction);
        var flatKeep = keep.flatten();
        // Magnitudes are >= 0: -1 puts every pruned position below every live one.
        var dropScores = weight.detach().abs().flatten().to(ScalarType.Float64).where(flatKeep, -1.0);
        var kept = LargestScores.Keep(dropScores, live - prune);
        var candidates = growScores.detach().flatten().to(ScalarType.Float64);
        // Below every candidate's score: the weights kept cannot be grown again.
        var floor = candidates.numel() == 0 ? 0 : candidates.min().item<double>() - 1;
        var grown = LargestScores.Keep(candidates.where(kept.logical_not(), floor), prune);
        var rewired = kept.logical_or(grown).view(keep.shape);
        return (rewired.MoveToOuterDisposeScope(), prune);
    }
}
