using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.Pools;

public enum EvaluationSplit
{
    Validation,
    Test,
}

/// <summary>Accuracy of weights (loaded into the run's network) on a split.</summary>
public interface IEvaluator
{
    double Accuracy(StateDict weights, EvaluationSplit split);

    /// <summary>
    /// Accuracy of an output ensemble: each member's logits on the split, averaged. Added in contracts 1.1; the
    /// default serves a single member only, so evaluators written against 1.0 keep working.
    /// </summary>
    double EnsembleAccuracy(IReadOnlyList<StateDict> members, EvaluationSplit split) =>
        members.Count == 1
            ? Accuracy(members[0], split)
            : throw new NotSupportedException($"{GetType().Name} evaluates single networks only, not an ensemble of {members.Count}");
}

/// <summary>Recomputes BatchNorm running statistics of weights on training data, in place.</summary>
public interface IBatchNormRecalibrator
{
    void Recalibrate(StateDict weights);
}

/// <summary>
/// Projects weights to a density by global magnitude pruning of the prunable tensors, in place; returns the mask.
/// A density of 1 (a dense target) projects nothing and returns a mask keeping every weight.
/// </summary>
public interface IProjector
{
    Mask Project(StateDict weights, double density);
}
