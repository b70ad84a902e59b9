using Lottery.Contracts.Data;
using Lottery.Contracts.Pruning;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>The training batches a data-dependent pruner scores on, and the loss gradients it takes there.</summary>
public static class ScoringData
{
    /// <summary>The first count batches of the training data in the order the context's seed draws; in the caller's dispose scope.</summary>
    public static List<Batch> Batches(PruningContext context, int count, int batchSize, string pruner)
    {
        var data = context.TrainingData ?? throw new ArgumentException($"pruner '{pruner}' needs training data, but the pruning context has none");
        using var order = new Generator(context.Seed);
        var batches = data.Batches(batchSize, order).Take(count).ToList();
        return batches.Count > 0 ? batches : throw new ArgumentException($"pruner '{pruner}' needs training data, but the training split is empty");
    }

    /// <summary>
    /// Gradients of the mean cross-entropy of the logits divided by temperature, with respect to weights; with
    /// createGraph they are themselves differentiable (for a Hessian-gradient product).
    /// </summary>
    public static Tensor[] LossGradients(nn.Module<Tensor, Tensor> model, Batch batch, IReadOnlyList<Tensor> weights, double temperature = 1, bool createGraph = false)
    {
        var logits = model.call(batch.Inputs);
        var loss = nn.functional.cross_entropy(temperature == 1 ? logits : logits.div(temperature), batch.Labels);
        return autograd.grad([loss], weights, create_graph: createGraph).Select(g => g!).ToArray();
    }

    /// <summary>Sum over batches of <see cref="LossGradients"/> (without graph): one tensor per weight, in the caller's dispose scope.</summary>
    public static Tensor[] SummedLossGradients(nn.Module<Tensor, Tensor> model, IEnumerable<Batch> batches, IReadOnlyList<Tensor> weights, double temperature = 1)
    {
        var sums = weights.Select(w => zeros_like(w)).ToArray();
        foreach (var batch in batches)
        {
            var gradients = LossGradients(model, batch, weights, temperature);
            for (var i = 0; i < sums.Length; i++) sums[i].add_(gradients[i]);
        }
        return sums;
    }
}
