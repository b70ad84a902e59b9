using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// <c>pixelate</c>: each block of 2x2 .. 6x6 pixels replaced by its mean, as CIFAR-10-C shrinks an image with a box
/// filter and enlarges it back. Whole blocks rather than CIFAR-C's fractional scales (0.95 .. 0.65), because a
/// fractional resize of a small image aliases: a stronger scale can change it less.
/// </summary>
public sealed class Pixelate : ICorruption
{
    private static readonly double[] Block = [2, 3, 4, 5, 6];

    public string Name => "pixelate";

    public Tensor Apply(Tensor pixels, int severity, Generator generator)
    {
        var block = (long)Severity.Of(Block, severity);
        var (h, w) = (pixels.shape[2], pixels.shape[3]);
        // The last partial block of a row or column is averaged with its edge repeated, like a whole one.
        var padded = nn.functional.pad(pixels, [0, Pad(w, block), 0, Pad(h, block)], PaddingModes.Replicate);
        var means = nn.functional.avg_pool2d(padded, [block, block], [block, block]);
        return means.index_select(2, BlockOf(h, block, pixels.device)).index_select(3, BlockOf(w, block, pixels.device));
    }

    private static long Pad(long size, long block) => (block - size % block) % block;

    /// <summary>For each of size positions, the index of its block.</summary>
    private static Tensor BlockOf(long size, long block, Device device) =>
        tensor(Enumerable.Range(0, (int)size).Select(i => i / block).ToArray(), device: device);
}
