using Lottery.Contracts.Pools;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Host.Pools;

/// <summary>
/// Projects interpolated weights back to a density: one magnitude threshold over all the covered tensors (the
/// prunable ones less those the experiment keeps dense), keeping exactly round(covered * density) weights, ties
/// broken by position. Every weight competes, whichever ticket's mask it came from: the result has the target's
/// density, not necessarily its mask.
/// </summary>
public sealed class GlobalMagnitudeProjector(IReadOnlyList<string> covered) : IProjector
{
    public Mask Project(StateDict weights, double density)
    {
        if (!(density > 0 && density <= 1)) throw new ArgumentOutOfRangeException(nameof(density), density, "expected a density in (0, 1]");
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        // A dense target is not projected: the pool of a dense network is a stronger dense network.
        if (density >= 1) return Mask.KeepAll(weights, covered);
        var scores = covered.Select(name => weights[name].abs().to(float32)).ToList();
        var keep = LargestScores.KeepAcross(scores, (long)Math.Round(scores.Sum(s => s.numel()) * density));
        foreach (var (name, part) in covered.Zip(keep)) weights[name].mul_(part);
        return new Mask(covered.Zip(keep).Select(pair => KeyValuePair.Create(pair.First, pair.Second)));
    }
}
