using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// <c>defocus_blur</c>: convolution with a disk (the image of an out-of-focus point) of radius 0.6 .. 2 pixels,
/// each kernel entry the share of its pixel the disk covers, so the blur grows smoothly with the radius. Border pixels
/// are repeated outwards, so edges do not darken (and images of any size blur).
/// </summary>
public sealed class DefocusBlur : ICorruption
{
    private const int Supersampling = 8;
    private static readonly double[] Radius = [0.6, 0.8, 1.0, 1.5, 2.0];

    public string Name => "defocus_blur";

    public Tensor Apply(Tensor pixels, int severity, Generator generator)
    {
        var kernel = Disk(Severity.Of(Radius, severity)).to(pixels.device);
        var half = kernel.shape[^1] / 2;
        var (n, c, h, w) = (pixels.shape[0], pixels.shape[1], pixels.shape[2], pixels.shape[3]);
        // Every channel blurred alike: channels become batch entries of one single-channel convolution.
        var padded = nn.functional.pad(pixels.reshape(n * c, 1, h, w), [half, half, half, half], PaddingModes.Replicate);
        return nn.functional.conv2d(padded, kernel).reshape(n, c, h, w);
    }

    /// <summary>A (1, 1, k, k) kernel summing to 1: the area of each pixel inside the disk, by supersampling.</summary>
    public static Tensor Disk(double radius)
    {
        var half = (int)Math.Ceiling(radius - 0.5);
        var size = 2 * half + 1;
        var weights = new float[size * size];
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
        {
            var inside = 0;
            for (var sy = 0; sy < Supersampling; sy++)
            for (var sx = 0; sx < Supersampling; sx++)
            {
                var dy = y - half - 0.5 + (sy + 0.5) / Supersampling;
                var dx = x - half - 0.5 + (sx + 0.5) / Supersampling;
                if (dx * dx + dy * dy <= radius * radius) inside++;
            }
            weights[y * size + x] = inside;
        }
        var total = weights.Sum();
        return tensor(weights.Select(v => v / total).ToArray(), [1, 1, size, size]);
    }
}
