using static Lottery.Torch.torch;

namespace Lottery.Host.Data;

/// <summary>Images (N, C, H, W) as normalised float32 and their class labels (N) as int64, on one device.</summary>
public sealed class LabelledImages : IDisposable
{
    public LabelledImages(Tensor images, Tensor labels)
    {
        if (images.Dimensions != 4) throw new ArgumentException($"images must be (N, C, H, W), got shape [{string.Join(", ", images.shape)}]");
        if (labels.Dimensions != 1 || labels.shape[0] != images.shape[0])
        {
            throw new ArgumentException($"labels must be (N) with N = {images.shape[0]}, got shape [{string.Join(", ", labels.shape)}]");
        }
        Images = images.DetachFromDisposeScope();
        Labels = labels.DetachFromDisposeScope();
    }

    public Tensor Images { get; }

    public Tensor Labels { get; }

    public long Count => Labels.shape[0];

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
