using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Acme.Pruning;

/// <summary>
/// Global pruning: ranks the weights of every covered tensor (prunable and not ignored) together and keeps
/// the best round(TargetDensity × covered weights) of them, so the target is met exactly over the covered
/// weights. Weights the current mask pruned rank below every other one, so they stay pruned; a target
/// above the current density therefore keeps the current mask. Ignored tensors keep their current mask.
/// </summary>
public sealed class AcmePruningPruner(AcmePruningOptions options) : IPruner
{
    public Mask Prune(PruningContext context)
    {
        if (context.TargetDensity is < 0 or > 1 || double.IsNaN(context.TargetDensity))
        {
            throw new ArgumentOutOfRangeException(nameof(context), context.TargetDensity, "target density must be within [0, 1]");
        }
        var covered = context.PrunableTensors.Where(name => !context.IgnoredTensors.Contains(name)).ToList();
        if (covered.Count == 0) return context.Current.Clone();

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var kept = cat(covered.Select(name => context.Current[name].flatten()).ToList());
        // Scores are never below 0, so -1 ranks every pruned weight last: topk never brings one back.
        var scores = Scores(context, covered).to(kept.device).masked_fill(kept.logical_not(), -1.0);
        var keep = Math.Min(
            (long)Math.Round(context.TargetDensity * kept.numel(), MidpointRounding.AwayFromZero),
            kept.count_nonzero().item<long>());
        var (_, best) = scores.topk(keep);
        var newKept = zeros_like(kept).scatter(0, best, ones([keep], ScalarType.Bool, kept.device));

        return Unflatten(context.Current, covered, newKept);
    }

    /// <summary>The new mask: each covered tensor's part of the flat keep vector, the other tensors as they were.</summary>
    private static Mask Unflatten(Mask current, IReadOnlyList<string> covered, Tensor flatKept)
    {
        var parts = new Dictionary<string, Tensor>();
        var offset = 0L;
        foreach (var name in covered)
        {
            parts[name] = flatKept.narrow(0, offset, current[name].numel()).reshape(current[name].shape);
            offset += current[name].numel();
        }
        return new Mask(current.Names.Select(name => KeyValuePair.Create(name, (parts.GetValueOrDefault(name) ?? current[name]).clone())));
    }

    /// <summary>
    /// One score per covered weight, in the order of the covered tensors, none below 0: the weight's
    /// magnitude, or with <see cref="AcmePruningOptions.Randomness"/> the magnitude scaled to [0, 1] and moved
    /// that far towards uniform noise.
    /// </summary>
    private Tensor Scores(PruningContext context, IReadOnlyList<string> covered)
    {
        var weights = context.Model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        var magnitude = cat(covered.Select(name => weights.TryGetValue(name, out var weight)
            ? weight.abs().flatten()
            : throw new KeyNotFoundException($"prunable tensor '{name}' is not a parameter of the model")).ToList());
        if (options.Randomness == 0) return magnitude;

        // The noise comes from the run's seed on the CPU, so a pruning step is repeatable on any device.
        using var generator = new Generator(context.Seed);
        var noise = rand([magnitude.numel()], magnitude.dtype, generator: generator).to(magnitude.device);
        var scaled = magnitude / (magnitude.max() + 1e-12);
        return scaled * (1 - options.Randomness) + noise * options.Randomness;
    }
}
