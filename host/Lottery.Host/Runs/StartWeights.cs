using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// Where a transform method's network starts training, as summary.json's and transform.csv's "startWeights" name it.
/// Methods are compared at one density, but not all from one start: that is part of what each baseline is.
/// </summary>
public static class StartWeights
{
    /// <summary>The moved ticket's weights (the source's rewind weights, transformed): the ticket itself and <c>random</c>.</summary>
    public const string Moved = "moved";

    /// <summary>
    /// The target's own dense weights at the rewind step, trained there from the target's initialisation: the
    /// pruning-at-initialisation baselines (ElasticLTH's prune_early) and IMP on the target.
    /// </summary>
    public const string TargetRewind = "target-rewind";

    /// <summary>A fresh initialisation of the target, by another seed: <c>reinit</c>.</summary>
    public const string Fresh = "fresh";
}
