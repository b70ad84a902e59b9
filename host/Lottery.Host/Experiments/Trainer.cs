using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Host.Options;
using static Lottery.Torch.torch;

namespace Lottery.Host.Experiments;

/// <summary>
/// Trains a network for the configured epochs with the mask held fixed (pruned weights are re-zeroed after
/// every step), evaluating on validation and test after each epoch.
/// </summary>
public sealed class Trainer(TrainingOptions training)
{
    public IReadOnlyList<EpochResult> Train(ArchitectureModel model, DatasetSplits data, MaskedWeights? mask, int level, Action<EpochResult>? onEpoch)
    {
        var network = model.Network;
        using var optimizer = OptimizerFactory.Create(training, network.parameters());
        // Data order depends on the seed and the level only, so a level retrains reproducibly.
        using var order = new Generator((ulong)training.Seed * 1000 + (ulong)level);
        var results = new List<EpochResult>();
        mask?.Apply();
        for (var epoch = 1; epoch <= training.Epochs; epoch++)
        {
            var started = DateTime.UtcNow;
            network.train();
            double lossSum = 0;
            long batches = 0;
            foreach (var item in data.Train.Batches(training.BatchSize, order, training.Augment).Scoped())
            {
                using (item)
                {
                    var loss = nn.functional.cross_entropy(network.call(item.Batch.Inputs), item.Batch.Labels);
                    optimizer.zero_grad();
                    loss.backward();
                    optimizer.step();
                    mask?.Apply();
                    lossSum += loss.item<float>();
                    batches++;
                }
            }
            var (valAccuracy, valLoss) = Evaluation.Run(network, data.Validation, training.BatchSize * 8);
            var (testAccuracy, testLoss) = Evaluation.Run(network, data.Test, training.BatchSize * 8);
            var result = new EpochResult(level, epoch, batches == 0 ? 0 : lossSum / batches, valAccuracy, valLoss, testAccuracy, testLoss, DateTime.UtcNow - started);
            results.Add(result);
            onEpoch?.Invoke(result);
        }
        return results;
    }
}
