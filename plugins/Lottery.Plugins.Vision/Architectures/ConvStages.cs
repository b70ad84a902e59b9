using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// Stages of <see cref="ConvUnit"/>s with a 2x2 max-pool ("pool1", "pool2", ...) after each stage, as VGG and
/// the Conv-N networks are built; the stages are what the pools separate, each unit a block.
/// </summary>
public static class ConvStages
{
    /// <summary>Adds the stages of <paramref name="widths"/> (output channels per unit); returns the last unit's channels.</summary>
    public static long Add(StagedNetworkBuilder builder, long inChannels, IReadOnlyList<long[]> widths, bool batchNorm, bool poolAfterLast)
    {
        var channels = inChannels;
        for (var s = 0; s < widths.Count; s++)
        {
            var units = new List<(Module<Tensor, Tensor>, bool)>(widths[s].Length);
            foreach (var width in widths[s])
            {
                units.Add((new ConvUnit(channels, width, batchNorm), channels != width));
                channels = width;
            }
            builder.AddStage(units);
            if (poolAfterLast || s < widths.Count - 1) builder.Add(FormattableString.Invariant($"pool{s + 1}"), MaxPool2d(2));
        }
        return channels;
    }
}
