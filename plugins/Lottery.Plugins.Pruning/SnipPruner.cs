using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// <c>snip</c> (Lee et al. 2019): connection sensitivity |g ⊙ w|, g the gradient of the training loss (in train
/// mode, averaged over the configured batches) at the model's current weights; of the weights alive, the
/// largest scores over all covered tensors are kept.
/// </summary>
public sealed class SnipPruner(GradientScoreOptions options) : IPruner
{
    public const string Name = "snip";

    public Mask Prune(PruningContext context)
    {
        using var scope = NewDisposeScope();
        var target = PruningTarget.Of(context);
        var scores = Scores(context);
        using var noGrad = no_grad();
        return target.ToMask(target.KeepGlobal(scores, target.KeepCount));
    }

    /// <summary>|g ⊙ w| of each covered tensor, in the caller's dispose scope; the model is left as it was.</summary>
    public Dictionary<string, Tensor> Scores(PruningContext context)
    {
        var target = PruningTarget.Of(context);
        var weights = target.Covered.Select(name => target.Weights[name]).ToList();
        using var snapshot = new ModelSnapshot(context.Model);
        using var grad = enable_grad();
        context.Model.train();
        var batches = ScoringData.Batches(context, options.Batches, options.BatchSize, Name);
        var sums = ScoringData.SummedLossGradients(context.Model, batches, weights);
        using var noGrad = no_grad();
        return target.Covered.Select((name, i) => KeyValuePair.Create(name, sums[i].div(batches.Count).mul(weights[i]).abs())).ToDictionary();
    }
}
