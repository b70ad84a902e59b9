namespace Lottery.Plugins.Vision.Tests;

/// <summary>
/// Random crop and flip computed directly, pixel by pixel, for one image (C, H, W) stored flat: what the batched
/// tensor implementation is checked against.
/// </summary>
public sealed record CropOracle(int Channels, int Height, int Width, int Padding, IReadOnlyList<float> Fill)
{
    /// <summary>The image padded by Padding pixels of Fill, cut at (top, left) of the padded image, mirrored if flip.</summary>
    public float[] Crop(float[] image, int top, int left, bool flip)
    {
        var crop = new float[Channels * Height * Width];
        for (var c = 0; c < Channels; c++)
        {
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    var sourceY = top + y - Padding;
                    var sourceX = left + (flip ? Width - 1 - x : x) - Padding;
                    var inside = sourceY >= 0 && sourceY < Height && sourceX >= 0 && sourceX < Width;
                    crop[(c * Height + y) * Width + x] = inside ? image[(c * Height + sourceY) * Width + sourceX] : Fill[c];
                }
            }
        }
        return crop;
    }

    /// <summary>Every draw (top, left, flip) whose crop of image is exactly augmented.</summary>
    public List<(int Top, int Left, bool Flip)> Draws(float[] image, float[] augmented)
    {
        var draws = new List<(int, int, bool)>();
        for (var top = 0; top <= 2 * Padding; top++)
        {
            for (var left = 0; left <= 2 * Padding; left++)
            {
                foreach (var flip in new[] { false, true })
                {
                    if (Crop(image, top, left, flip).AsSpan().SequenceEqual(augmented)) draws.Add((top, left, flip));
                }
            }
        }
        return draws;
    }
}
