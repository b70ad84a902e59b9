using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// <c>synflow</c> (Tanaka et al. 2020), data-free: the model is linearised (every parameter and buffer replaced by its
/// absolute value, BatchNorm in eval mode, float64 so deep products do not overflow) and fed one all-ones input;
/// R is the sum of its outputs and a weight's score |w ⊙ dR/dw|, its share of the synaptic flow. The pruning is
/// iterative: over the configured rounds the density falls exponentially from the current one to the target,
/// each round rescoring with the weights pruned so far zeroed. Only the input's shape is read from the data.
/// </summary>
public sealed class SynFlowPruner(SynFlowOptions options) : IPruner
{
    public const string Name = "synflow";

    public Mask Prune(PruningContext context)
    {
        using var scope = NewDisposeScope();
        var target = PruningTarget.Of(context);
        using var snapshot = new ModelSnapshot(context.Model);
        var input = Linearize(context, target);
        IReadOnlyDictionary<string, Tensor> kept = context.Current.Tensors;
        var start = target.Total == 0 ? 1 : (double)target.Alive / target.Total;
        for (var round = 1; round <= options.Iterations; round++)
        {
            var scores = FlowScores(context, target, kept, input);
            var count = round == options.Iterations
                ? target.KeepCount
                : target.Count(start * Math.Pow(context.TargetDensity / start, (double)round / options.Iterations));
            using var noGrad = no_grad();
            kept = target.KeepGlobal(scores, count, kept);
        }
        using (no_grad())
        {
            return target.ToMask(kept.ToDictionary());
        }
    }

    /// <summary>The first round's scores |w ⊙ dR/dw| of each covered tensor (float64, in the caller's dispose scope); the model is left as it was.</summary>
    public static Dictionary<string, Tensor> Scores(PruningContext context)
    {
        var target = PruningTarget.Of(context);
        using var snapshot = new ModelSnapshot(context.Model);
        return FlowScores(context, target, context.Current.Tensors, Linearize(context, target));
    }

    /// <summary>Puts the model in its linearised form; returns the all-ones input for it.</summary>
    private static Tensor Linearize(PruningContext context, PruningTarget target)
    {
        var shape = ScoringData.InputShape(context, Name);
        context.Model.eval();
        context.Model.to(float64);
        using (no_grad())
        {
            foreach (var tensor in context.Model.state_dict().Values.Where(t => t.dtype.IsFloatingPoint())) tensor.abs_();
        }
        return ones([1, .. shape], float64, target.Weights.Values.First().device);
    }

    private static Dictionary<string, Tensor> FlowScores(PruningContext context, PruningTarget target, IReadOnlyDictionary<string, Tensor> kept, Tensor input)
    {
        var weights = target.Covered.Select(name => target.Weights[name]).ToList();
        using (no_grad())
        {
            foreach (var (name, weight) in target.Covered.Zip(weights)) weight.mul_(kept[name]);
        }
        using var grad = enable_grad();
        var flow = context.Model.call(input).sum();
        var gradients = autograd.grad([flow], weights);
        using var noGrad = no_grad();
        return target.Covered.Select((name, i) => KeyValuePair.Create(name, gradients[i]!.mul(weights[i]).abs())).ToDictionary();
    }
}
