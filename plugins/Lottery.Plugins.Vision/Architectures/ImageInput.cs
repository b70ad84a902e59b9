using Lottery.Contracts.Architectures;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The image a convolutional architecture is built for, read from the spec once so that each architecture
/// states only the checks of its own (a bad spec is an ArgumentException naming it).
/// </summary>
public readonly record struct ImageInput(long Channels, long Height, long Width, int Classes)
{
    public static ImageInput Of(ArchitectureSpec spec)
    {
        if (spec.InputShape is not [> 0, > 0, > 0])
        {
            throw new ArgumentException($"{spec}: the input shape must be three positive sizes (channels, height, width)", nameof(spec));
        }
        return new ImageInput(spec.InputShape[0], spec.InputShape[1], spec.InputShape[2], ClassesOf(spec));
    }

    public static int ClassesOf(ArchitectureSpec spec) =>
        spec.Classes > 0 ? spec.Classes : throw new ArgumentException($"{spec}: classes must be positive, got {spec.Classes}", nameof(spec));

    /// <summary>
    /// The height and width after <paramref name="pools"/> 2x2 max-pools (each floors, as PyTorch's does);
    /// an image too small to survive them is rejected here rather than in the first forward pass.
    /// </summary>
    public (long Height, long Width) AfterHalving(int pools, ArchitectureSpec spec)
    {
        var (height, width) = (Height >> pools, Width >> pools);
        if (height == 0 || width == 0)
        {
            throw new ArgumentException(
                $"{spec}: a {Height}x{Width} image is too small for {pools} 2x2 max-pools (at least {1L << pools} pixels a side)", nameof(spec));
        }
        return (height, width);
    }
}
