using Lottery.Host.Training;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Stages;

/// <summary>
/// How many weights an IMP level prunes: ceil(PruneFraction * remaining), remaining being the weights alive at the end of
/// the previous level in the covered tensors (the prunable ones less the ignored), as open_lth's pruning/sparse_global.py
/// counts <c>number_of_weights_to_prune</c>; the product is taken in double and rounded up, as numpy's np.ceil does. The
/// level prunes exactly that many. open_lth itself differs in two ways we do not copy: its remaining count includes the
/// ignored layers (its current mask holds every prunable layer), and its <c>threshold = sort(|w|)[k]</c> with
/// <c>|w| &gt; threshold</c> kept prunes k + 1 weights, not k.
/// </summary>
public static class ImpPruneCount
{
    /// <summary>ceil(fraction * remaining).</summary>
    public static long Of(double fraction, long remaining) => (long)Math.Ceiling(fraction * remaining);

    /// <summary>The weights alive after the given number of levels, starting from covered weights alive.</summary>
    public static long RemainingAfter(long covered, double fraction, int levels)
    {
        var remaining = covered;
        for (var level = 0; level < levels; level++) remaining -= Of(fraction, remaining);
        return remaining;
    }

    /// <summary>
    /// The density a level asks its pruner for: (alive - ceil(fraction * alive)) / total, which the pruners' exact count
    /// round(total * density) turns back into alive - ceil(fraction * alive) (the quotient is within an ulp of it).
    /// </summary>
    public static double TargetDensity(long alive, long total, double fraction) =>
        total == 0 ? 1 : (double)(alive - Of(fraction, alive)) / total;
}
