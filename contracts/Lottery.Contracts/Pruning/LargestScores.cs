using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.Pruning;

/// <summary>Exactly k largest entries of a flat score vector, in linear time (a k-th value, not a sort).</summary>
public static class LargestScores
{
    // Below this many scores one k-th value over all of them is cheap enough; above it a sample narrows the search.
    private const long NarrowingThreshold = 1 << 20;
    private const long SampleSize = 1 << 16;

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
        var threshold = KthLargest(scores, k);
        var keep = scores.ge(threshold);
        var surplus = keep.count_nonzero().item<long>() - k;
        if (surplus > 0)
        {
            // Too many ties at the threshold: the latest of them go (nonzero lists positions in ascending order).
            var ties = scores.eq(threshold).nonzero().flatten();
            keep.index_put_(ties.narrow(0, ties.numel() - surplus, surplus), zeros([], ScalarType.Bool, scores.device));
        }
        return keep.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The k largest entries over several score tensors together (one global threshold, as global magnitude pruning
    /// takes): a bool tensor per score tensor, shaped like it, on its device, marking its share of the k, with ties going
    /// to the earliest position in the order given. Added in contracts 1.2.
    /// </summary>
    public static IReadOnlyList<Tensor> KeepAcross(IReadOnlyList<Tensor> scores, long k)
    {
        if (scores.Count == 0) return k == 0 ? [] : throw new ArgumentOutOfRangeException(nameof(k), k, "cannot keep any of no scores");
        using var scope = NewDisposeScope();
        var device = scores[0].device;
        var all = Keep(cat(scores.Select(s => s.flatten().to(device)).ToList()), k);
        var kept = new List<Tensor>(scores.Count);
        long offset = 0;
        foreach (var score in scores)
        {
            kept.Add(all.narrow(0, offset, score.numel()).view(score.shape).to(score.device).MoveToOuterDisposeScope());
            offset += score.numel();
        }
        return kept;
    }

    /// <summary>
    /// The k-th largest value (a 0-d tensor). For long vectors an evenly strided sample brackets it between two
    /// values; the k-th value is then taken among the few scores in that bracket, which gives the same value as
    /// over all scores (the entries above the bracket are counted) at a fraction of the cost. Should the sample
    /// mislead, the bracket is checked and the whole vector used instead, so the result is always exact.
    /// </summary>
    private static Tensor KthLargest(Tensor scores, long k)
    {
        var n = scores.numel();
        if (n < NarrowingThreshold) return scores.kthvalue(n - k + 1).values;
        var sample = scores.slice(0, 0, n, n / SampleSize);
        var m = sample.numel();
        // The k-th largest sits near rank k*m/n of the sample; a margin of 4 sqrt(m) ranks covers sampling error.
        var rank = (long)Math.Round((double)k * m / n);
        var margin = 4 * (long)Math.Sqrt(m) + 1;
        var upper = sample.kthvalue(Math.Clamp(m - rank + margin + 1, 1, m)).values;
        var lower = sample.kthvalue(Math.Clamp(m - rank - margin + 1, 1, m)).values;
        var above = scores.gt(upper).count_nonzero().item<long>();
        var bracket = scores.masked_select(scores.ge(lower).logical_and_(scores.le(upper)));
        var wanted = k - above;
        if (wanted < 1 || wanted > bracket.numel()) return scores.kthvalue(n - k + 1).values;
        return bracket.kthvalue(bracket.numel() - wanted + 1).values;
    }
}
