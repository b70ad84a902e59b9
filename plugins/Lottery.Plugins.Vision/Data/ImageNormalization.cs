using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// Per-channel statistics of a dataset's training images (of pixel/255): inputs become (pixel/255 - mean) / std.
/// One entry per channel (one for grayscale, three for RGB).
/// </summary>
public sealed record ImageNormalization(double[] Mean, double[] Std)
{
    /// <summary>Byte images (N, C, H, W) as normalised float32, in the current dispose scope.</summary>
    public Tensor Apply(Tensor bytes)
    {
        // A float input would be converted to itself (an alias) and then normalised in place.
        if (bytes.dtype != ScalarType.Byte) throw new ArgumentException($"images must be uint8 (N, C, H, W), got {bytes.dtype}");
        var channels = bytes.shape[1];
        if (channels != Mean.Length || channels != Std.Length)
        {
            throw new ArgumentException($"images have {channels} channels, but the normalisation has statistics for {Mean.Length}");
        }
        using var mean = tensor(Mean.Select(m => (float)m).ToArray(), [1, channels, 1, 1], bytes.device);
        using var std = tensor(Std.Select(s => (float)s).ToArray(), [1, channels, 1, 1], bytes.device);
        return bytes.to(float32).div_(255.0).sub_(mean).div_(std);
    }

    /// <summary>What one raw pixel value becomes in each channel, e.g. the colour of black (0) after normalisation.</summary>
    public float[] Of(byte pixel) => Mean.Zip(Std, (mean, std) => (float)((pixel / 255.0 - mean) / std)).ToArray();
}
