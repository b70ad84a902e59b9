using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.TestPlugins.Good;

/// <summary>Layerwise magnitude pruning: each masked tensor keeps its largest surviving weights at the target density.</summary>
public sealed class TopMagnitudePruner(TopMagnitudeOptions options) : IPruner
{
    public Mask Prune(PruningContext context)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var weights = context.Model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        return new Mask(context.Current.Tensors.Select(pair => KeyValuePair.Create(pair.Key,
            context.IgnoredTensors.Contains(pair.Key) ? pair.Value.clone() : Keep(weights[pair.Key], pair.Value, context.TargetDensity))));
    }

    private Tensor Keep(Tensor weight, Tensor current, double density)
    {
        var total = weight.numel();
        var count = Math.Clamp((long)Math.Round(density * total), Math.Min(options.MinimumKept, total), total);
        // Pruned weights score below every surviving one, so they never come back.
        var scores = weight.abs().where(current, -1);
        var (top, _) = scores.flatten().topk(count);
        return scores.ge(top.narrow(0, count - 1, 1)).logical_and(current);
    }
}
