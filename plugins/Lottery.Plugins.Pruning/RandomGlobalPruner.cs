using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// The <c>random-global</c> baseline: of the weights alive, keep round(covered * density) drawn uniformly over all
/// covered tensors together (by the context's seed), so each layer's density varies around the target.
/// </summary>
public sealed class RandomGlobalPruner : IPruner
{
    public const string Name = "random-global";

    public Mask Prune(PruningContext context)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var target = PruningTarget.Of(context);
        using var generator = new Generator(context.Seed);
        var scores = target.Covered.ToDictionary(name => name,
            name => rand(target.Weights[name].shape, float32, generator: generator).to(target.Weights[name].device));
        return target.ToMask(target.KeepGlobal(scores, target.KeepCount));
    }
}
