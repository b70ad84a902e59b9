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
        return FromPixels(bytes.to(float32).div_(255.0));
    }

    /// <summary>Float pixels (N, C, H, W) in [0, 1] as normalised inputs, in the current dispose scope.</summary>
    public Tensor FromPixels(Tensor pixels)
    {
        var (mean, std) = Statistics(pixels);
        using (mean)
        using (std) return pixels.sub(mean).div_(std);
    }

    /// <summary>Normalised inputs (N, C, H, W) back as pixels in [0, 1] (the inverse of <see cref="FromPixels"/>).</summary>
    public Tensor ToPixels(Tensor inputs)
    {
        var (mean, std) = Statistics(inputs);
        using (mean)
        using (std) return inputs.mul(std).add_(mean);
    }

    private (Tensor mean, Tensor std) Statistics(Tensor images)
    {
        var channels = images.shape[1];
        if (channels != Mean.Length || channels != Std.Length) throw new ArgumentException($"images have {channels} channels, but the normalisation has statistics for {Mean.Length}");
        return (tensor(Mean.Select(m => (float)m).ToArray(), [1, channels, 1, 1], images.device),
                tensor(Std.Select(s => (float)s).ToArray(), [1, channels, 1, 1], images.device));
    }

    /// <summary>What one raw pixel value becomes in each channel, e.g. the colour of black (0) after normalisation.</summary>
    public float[] Of(byte pixel) => Mean.Zip(Std, (mean, std) => (float)((pixel / 255.0 - mean) / std)).ToArray();
}
