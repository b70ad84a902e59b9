using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.Pruning;

/// <summary>Exactly k largest entries of a flat score vector, in linear time (a k-th value, not a sort).</summary>
public static class LargestScores
{
    /// <summary>
    /// A bool vector marking k entries of scores (1-D): every entry above the k-th largest value, then as many
    /// entries equal to it as are still needed, the earliest first, so ties never change the count and the
    /// same scores always give the same mask.
    /// </summary>
    public static Tensor Keep(Tensor scores, long k)
    {
        var n = scores.numel();
        if (k < 0 || k > n) throw new ArgumentOutOfRangeException(nameof(k), k, $"cannot keep {k} of {n} scores");
        if (k == 0) return zeros([n], ScalarType.Bool, scores.device);
        using var scope = NewDisposeScope();
        var (threshold, _) = scores.kthvalue(n - k + 1);
        var keep = scores.gt(threshold);
        var ties = scores.eq(threshold);
        var missing = k - keep.count_nonzero().item<long>();
        // Running count of ties in position order: the first `missing` of them are kept.
        var earliestTies = ties.to(int64).cumsum(0).le(missing).logical_and_(ties);
        return keep.logical_or_(earliestTies).MoveToOuterDisposeScope();
    }
}
