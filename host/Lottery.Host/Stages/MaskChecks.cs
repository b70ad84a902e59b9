using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;
using Lottery.Host.Training;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Stages;

/// <summary>What every level's mask must satisfy, whichever pruner made it.</summary>
public static class MaskChecks
{
    public static void Check(Mask mask, Mask previous, double target, string pruner)
    {
        var names = previous.Names.ToHashSet();
        if (!names.SetEquals(mask.Names))
        {
            throw new InvalidOperationException($"pruner '{pruner}' returned a mask over [{string.Join(", ", mask.Names)}], expected [{string.Join(", ", names)}]");
        }
        // Pruned weights never come back.
        using var scope = NewDisposeScope();
        foreach (var name in names)
        {
            var revived = mask[name].logical_and(previous[name].logical_not()).count_nonzero().item<long>();
            if (revived > 0) throw new InvalidOperationException($"pruner '{pruner}' revived {revived} weight(s) of '{name}' that an earlier level pruned");
        }
        // Layerwise rounding moves the density a little; anything further is a pruner that missed its target.
        var density = mask.Density;
        if (Math.Abs(density - target) > 0.005 + 1e-3 * target)
        {
            throw new InvalidOperationException($"pruner '{pruner}' returned a mask of density {density:F4}, but the level's target is {target:F4}");
        }
    }
}
