using Lottery.Contracts.Data;
using Lottery.Contracts.Pruning;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>The training data a data-dependent pruner scores on.</summary>
public static class ScoringData
{
    /// <summary>
    /// SNIP's and GraSP's scoring batches, as Synaptic-Flow's prune_loader serves them (Utils/load.py): SamplesPerClass
    /// times the number of classes training examples (all of them when the split is smaller), a random subset drawn by
    /// the context's seed, with the dataset's training augmentation, in batches of BatchSize (the last one smaller).
    /// The tensors belong to the caller's dispose scope.
    /// </summary>
    public static List<Batch> Batches(PruningContext context, GradientScoreOptions options, string pruner)
    {
        var data = Source(context, pruner);
        using var order = new Generator(context.Seed);
        var batches = new List<Batch>();
        long wanted = 0, taken = 0;
        foreach (var batch in data.Batches(options.BatchSize, order, augment: true))
        {
            if (batches.Count == 0) wanted = options.SamplesPerClass * Classes(context.Model, batch.Inputs);
            var length = Math.Min(batch.Labels.shape[0], wanted - taken);
            batches.Add(length == batch.Labels.shape[0] ? batch : new Batch(batch.Inputs.narrow(0, 0, length), batch.Labels.narrow(0, 0, length)));
            taken += length;
            if (taken == wanted) break;
        }
        return batches.Count > 0 ? batches : throw Empty(pruner);
    }

    /// <summary>The shape of one training example (without the batch dimension).</summary>
    public static long[] InputShape(PruningContext context, string pruner)
    {
        using var scope = NewDisposeScope();
        var first = Source(context, pruner).Batches(1).FirstOrDefault() ?? throw Empty(pruner);
        return first.Inputs.shape[1..];
    }

    private static IBatchSource Source(PruningContext context, string pruner) =>
        context.TrainingData ?? throw new ArgumentException($"pruner '{pruner}' needs training data, but the pruning context has none");

    private static ArgumentException Empty(string pruner) => new($"pruner '{pruner}' needs training data, but the training split is empty");

    /// <summary>
    /// The number of classes: the width of the model's output, over which the scoring loss is a cross-entropy. Read from one
    /// example run through the model in eval mode without gradients, so BatchNorm's running statistics stay as they are.
    /// </summary>
    private static long Classes(nn.Module<Tensor, Tensor> model, Tensor inputs)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var training = model.training;
        model.eval();
        var classes = model.call(inputs.narrow(0, 0, 1)).shape[^1];
        model.train(training);
        return classes;
    }
}
