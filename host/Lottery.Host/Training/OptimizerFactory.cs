using Lottery.Host.Options;
using Lottery.Torch.Optim;
using static Lottery.Torch.torch;
using Lottery.Host.Runs;

namespace Lottery.Host.Training;

/// <summary>The optimizer Lottery:Training names, over a network's parameters.</summary>
public static class OptimizerFactory
{
    public static Optimizer Create(TrainingOptions training, IEnumerable<Tensor> parameters) => training.Optimizer.ToLowerInvariant() switch
    {
        "sgd" => optim.SGD(parameters, training.LearningRate, momentum: training.Momentum, weight_decay: training.WeightDecay),
        "adam" => optim.Adam(parameters, training.LearningRate, weight_decay: training.WeightDecay),
        "adamw" => optim.AdamW(parameters, training.LearningRate, weight_decay: training.WeightDecay),
        _ => throw new ArgumentException($"Lottery:Training:Optimizer = '{training.Optimizer}': expected sgd, adam or adamw"),
    };
}
