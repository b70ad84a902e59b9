using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// <c>grasp</c> (Wang et al. 2020): scores -w ⊙ Hg, with g the gradient of the training loss (logits divided by the
/// temperature, summed over the configured batches, in train mode) and Hg the Hessian-gradient product, taken as the
/// gradient of g·∇L (a double backward). A large score marks a weight whose removal keeps the gradient flow
/// after pruning strongest, which GraSP removes first: of the weights alive, the smallest scores are kept.
/// </summary>
public sealed class GraspPruner(GraspOptions options) : IPruner
{
    public const string Name = "grasp";

    public Mask Prune(PruningContext context)
    {
        using var scope = NewDisposeScope();
        var target = PruningTarget.Of(context);
        var scores = Scores(context);
        using var noGrad = no_grad();
        // The smallest scores are kept: the largest of their negation.
        var negated = scores.ToDictionary(pair => pair.Key, pair => pair.Value.neg());
        return target.ToMask(target.KeepGlobal(negated, target.KeepCount));
    }

    /// <summary>-w ⊙ Hg of each covered tensor, in the caller's dispose scope; the model is left as it was.</summary>
    public Dictionary<string, Tensor> Scores(PruningContext context)
    {
        var target = PruningTarget.Of(context);
        var weights = target.Covered.Select(name => target.Weights[name]).ToList();
        using var snapshot = new ModelSnapshot(context.Model);
        using var grad = enable_grad();
        context.Model.train();
        var batches = ScoringData.Batches(context, options.Batches, options.BatchSize, Name);
        var g = ScoringData.SummedLossGradients(context.Model, batches, weights, options.Temperature);
        var hg = weights.Select(w => zeros_like(w)).ToArray();
        foreach (var batch in batches)
        {
            var gradients = ScoringData.LossGradients(context.Model, batch, weights, options.Temperature, createGraph: true);
            var z = gradients.Select((gradient, i) => gradient.mul(g[i]).sum()).Aggregate((a, b) => a.add(b));
            var products = autograd.grad([z], weights);
            for (var i = 0; i < hg.Length; i++) hg[i].add_(products[i]!);
        }
        using var noGrad = no_grad();
        return target.Covered.Select((name, i) => KeyValuePair.Create(name, weights[i].mul(hg[i]).neg())).ToDictionary();
    }
}
