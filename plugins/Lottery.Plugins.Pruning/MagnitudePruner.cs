using System.Globalization;
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
        var density = context.TargetDensity;
        if (!(density > 0 && density <= 1))
        {
            throw new ArgumentException(Invariant($"target density {density} is invalid: expected a fraction in (0, 1]"), nameof(context));
        }
        using var noGrad = no_grad();
        using var disposeScope = NewDisposeScope();
        var weights = context.Model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        var covered = context.Current.Names.Where(name => !context.IgnoredTensors.Contains(name)).ToList();
        var scores = covered.Select(name => LiveMagnitudes(name, weights, context.Current[name])).ToList();
        var alive = covered.Select(name => context.Current[name].count_nonzero().item<long>()).ToList();
        long total = scores.Sum(s => s.numel()), aliveTotal = alive.Sum();
        if (density > (double)aliveTotal / total)
        {
            throw new ArgumentException(
                Invariant($"target density {density} is above the current density {(double)aliveTotal / total} ({aliveTotal} of {total} weights alive): pruned weights never come back"),
                nameof(context));
        }
        // At most the live weights, should rounding of a target equal to the current density overshoot.
        var keepTotal = Math.Min(aliveTotal, (long)Math.Round(total * density));
        var kept = scope == MagnitudeScope.Global
            ? KeepGlobal(scores, keepTotal)
            : KeepLayerwise(scores, alive, aliveTotal == 0 ? 0 : density * total / aliveTotal);
        var byName = covered.Zip(kept).ToDictionary(pair => pair.First, pair => pair.Second.view(weights[pair.First].shape));
        return new Mask(context.Current.Names
            .Select(name => KeyValuePair.Create(name, byName.TryGetValue(name, out var keep) ? keep : context.Current[name].clone()))
            .ToList());
    }

    /// <summary>|w| flattened, with pruned weights at -inf so that no live weight ranks below them.</summary>
    private static Tensor LiveMagnitudes(string name, Dictionary<string, Tensor> weights, Tensor mask)
    {
        if (!weights.TryGetValue(name, out var weight)) throw new ArgumentException($"the mask names '{name}', which the model does not have");
        if (!weight.shape.SequenceEqual(mask.shape))
        {
            throw new ArgumentException($"mask '{name}' is [{string.Join(", ", mask.shape)}] but the weight is [{string.Join(", ", weight.shape)}]");
        }
        // float32 whatever the weights' dtype, so tensors of mixed dtypes compare in one vector.
        return weight.abs().to(float32).masked_fill_(mask.to(weight.device).logical_not(), double.NegativeInfinity).flatten();
    }

    private static List<Tensor> KeepGlobal(List<Tensor> scores, long keep)
    {
        if (scores.Count == 0) return [];
        var all = LargestScores.Keep(cat(scores), keep);
        var parts = new List<Tensor>(scores.Count);
        long offset = 0;
        foreach (var part in scores)
        {
            parts.Add(all.narrow(0, offset, part.numel()));
            offset += part.numel();
        }
        return parts;
    }

    /// <summary>Each tensor keeps fraction of its live weights (target density over current density).</summary>
    private static List<Tensor> KeepLayerwise(List<Tensor> scores, List<long> alive, double fraction) =>
        scores.Select((part, i) => LargestScores.Keep(part, Math.Min(alive[i], (long)Math.Round(alive[i] * fraction)))).ToList();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
