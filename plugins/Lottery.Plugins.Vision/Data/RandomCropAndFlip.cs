using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The standard CIFAR training augmentation (torchvision's RandomCrop(32, padding=4) and RandomHorizontalFlip in
/// open_lth and the Lottery Pools code): each image is padded by <see cref="Padding"/> pixels of the
/// <see cref="Fill"/> colour on every side, cut back to its size at a random offset, and mirrored left-right with
/// probability 1/2. The whole batch is augmented at once on its device by one gather.
/// </summary>
/// <param name="padding">Pixels added on each side; offsets run 0..2*padding per axis.</param>
/// <param name="fill">The padding's value in each channel (normalised units: black is <see cref="ImageNormalization.Of"/>(0)).</param>
public sealed class RandomCropAndFlip(int padding, float[] fill) : IBatchAugmentation
{
    public int Padding { get; } = padding >= 0 ? padding : throw new ArgumentOutOfRangeException(nameof(padding), padding, "padding must be 0 or more");

    public IReadOnlyList<float> Fill { get; } = fill;

    public Tensor Apply(Tensor inputs, Generator? generator)
    {
        using var scope = NewDisposeScope();
        var count = inputs.shape[0];
        // Drawn on the CPU, where the order generator lives, so a batch on an accelerator gets the same crops as on the CPU.
        var offsets = randint(0, 2 * Padding + 1, [2, count], generator: generator);
        var flips = randint(0, 2, [count], generator: generator).eq(1);
        return Crop(inputs, offsets[0], offsets[1], flips).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The augmentation for given draws, in the current dispose scope: image i is cut at row top[i] and column
    /// left[i] of its padded form (0..2*Padding), then mirrored where flip[i]. top, left: int64 (N); flip: bool (N).
    /// </summary>
    public Tensor Crop(Tensor inputs, Tensor top, Tensor left, Tensor flip)
    {
        if (inputs.Dimensions != 4 || inputs.shape[1] != Fill.Count)
        {
            throw new ArgumentException($"inputs must be (N, {Fill.Count}, H, W) to match the fill, got shape [{string.Join(", ", inputs.shape)}]");
        }
        using var scope = NewDisposeScope();
        var (count, channels, height, width) = (inputs.shape[0], inputs.shape[1], inputs.shape[2], inputs.shape[3]);
        var device = inputs.device;
        // Source row and column of every output pixel, in the unpadded image: offsets shift them by up to
        // Padding either way, and a flip reverses the columns of the crop.
        var rows = top.to(device).view(count, 1, 1) - Padding + arange(height, device: device).view(1, height, 1);
        var columns = arange(width, device: device).view(1, 1, width);
        var mirrored = (width - 1) - columns;
        columns = where(flip.to(device).view(count, 1, 1), mirrored, columns) + left.to(device).view(count, 1, 1) - Padding;
        // The padded batch is never built: out-of-image positions are clamped for the gather and then replaced by
        // the fill, which may differ per channel (a constant pad could only give every channel the same value).
        var outside = rows.lt(0) | rows.ge(height) | columns.lt(0) | columns.ge(width);
        var index = (rows.clamp(0, height - 1) * width + columns.clamp(0, width - 1)).view(count, 1, height * width);
        var crops = inputs.flatten(2).gather(2, index.expand(count, channels, height * width)).view(count, channels, height, width);
        var fillValues = tensor(Fill.ToArray(), [1, channels, 1, 1], device).to(inputs.dtype);
        return where(outside.view(count, 1, height, width), fillValues, crops).MoveToOuterDisposeScope();
    }
}
