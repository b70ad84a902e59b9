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
}

/// <summary>Recomputes BatchNorm running statistics of weights on training data, in place.</summary>
public interface IBatchNormRecalibrator
{
    void Recalibrate(StateDict weights);
}

/// <summary>Projects weights to a density by global magnitude pruning of the prunable tensors, in place; returns the mask.</summary>
public interface IProjector
{
    Mask Project(StateDict weights, double density);
}
