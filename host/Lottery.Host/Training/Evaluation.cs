using Lottery.Contracts.Data;
using Lottery.Torch;
using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>Accuracy and mean loss of a network on a split, in eval mode without gradients.</summary>
public static class Evaluation
{
    public static (double accuracy, double loss) Run(Module<Tensor, Tensor> network, IBatchSource split, int batchSize)
    {
        var wasTraining = network.training;
        network.eval();
        using var noGrad = no_grad();
        long correct = 0;
        double lossSum = 0;
        foreach (var item in split.Batches(batchSize).Scoped())
        {
            using (item)
            {
                var logits = network.call(item.Batch.Inputs);
                lossSum += functional.cross_entropy(logits, item.Batch.Labels, reduction: Reduction.Sum).item<float>();
                correct += logits.argmax(1).eq(item.Batch.Labels).sum().item<long>();
            }
        }
        network.train(wasTraining);
        return split.Count == 0 ? (0, 0) : ((double)correct / split.Count, lossSum / split.Count);
    }
}
