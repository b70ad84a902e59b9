using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// The <c>magnitude</c> pruner of iterative magnitude pruning: of the weights still alive in the current mask,
/// keep those of largest |w| until the covered tensors (the mask's, less the ignored ones) reach the target
/// density. Pruned weights score below every live one, so they never come back whatever their value now.
/// Ignored tensors keep their current mask. Global keeps round(covered * density) weights, ties broken by
/// position; layerwise keeps in each tensor the same fraction (target over current density) of its live weights.
/// </summary>
public sealed class MagnitudePruner(MagnitudePrunerOptions options) : IPruner
{
    public const string Name = "magnitude";

    private readonly MagnitudeScope scope = MagnitudeScopes.Parse(options.Scope);

    public Mask Prune(PruningContext context)
    {
        using var noGrad = no_grad();
        using var disposeScope = NewDisposeScope();
        var target = PruningTarget.Of(context);
        var magnitudes = target.Covered.ToDictionary(name => name, name => target.Weights[name].abs());
        return target.ToMask(scope == MagnitudeScope.Global
            ? target.KeepGlobal(magnitudes, target.KeepCount)
            : KeepLayerwise(target, magnitudes, context.Current, context.TargetDensity));
    }

    /// <summary>Each tensor keeps fraction of its live weights (target density over current density).</summary>
    private static Dictionary<string, Tensor> KeepLayerwise(PruningTarget target, Dictionary<string, Tensor> magnitudes, Mask current, double density)
    {
        var fraction = target.Alive == 0 ? 0 : density * target.Total / target.Alive;
        return target.Covered.ToDictionary(name => name, name =>
        {
            var alive = current[name].count_nonzero().item<long>();
            var live = PruningTarget.Live(magnitudes[name], current[name], PruningTarget.ComparableType([magnitudes[name]]));
            return LargestScores.Keep(live, Math.Min(alive, (long)Math.Round(alive * fraction))).view(target.Weights[name].shape);
        });
    }
}
