using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// A split held whole on its device: normalised float32 images (N, C, H, W) and int64 labels (N), served in
/// batches (narrowed views in order, or gathered by a permutation from the order generator). Owns its tensors.
/// In-order batches are views of the stored split: callers must not modify them in place.
/// </summary>
public sealed class InMemoryImageSource : IBatchSource, IDisposable
{
    private readonly IBatchAugmentation? augmentation;

    /// <summary>Takes ownership of images and labels (they leave any dispose scope).</summary>
    /// <param name="augmentation">What augmented batches apply; null when the dataset defines none (augment is then ignored).</param>
    public InMemoryImageSource(Tensor images, Tensor labels, IBatchAugmentation? augmentation = null)
    {
        if (images.Dimensions != 4) throw new ArgumentException($"images must be (N, C, H, W), got shape [{string.Join(", ", images.shape)}]");
        if (labels.Dimensions != 1 || labels.shape[0] != images.shape[0])
        {
            throw new ArgumentException($"labels must be (N) with N = {images.shape[0]}, got shape [{string.Join(", ", labels.shape)}]");
        }
        Images = images.DetachFromDisposeScope();
        Labels = labels.DetachFromDisposeScope();
        this.augmentation = augmentation;
    }

    public Tensor Images { get; }

    public Tensor Labels { get; }

    public long Count => Labels.shape[0];

    public IEnumerable<Batch> Batches(int batchSize, Generator? order = null, bool augment = false)
    {
        // Checked here, not in the iterator, so a bad size fails where it is passed rather than at the first MoveNext.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ObjectDisposedException.ThrowIf(Images.IsDisposed, this);
        return Enumerate(batchSize, order, augment ? augmentation : null);
    }

    // No dispose scope around the loop: each batch must land in the scope current when the caller asks for it.
    private IEnumerable<Batch> Enumerate(int batchSize, Generator? order, IBatchAugmentation? augmentation)
    {
        using var permutation = order is null ? null : Permutation(order);
        for (long start = 0; start < Count; start += batchSize)
        {
            var length = Math.Min(batchSize, Count - start);
            Tensor inputs, labels;
            if (permutation is null)
            {
                inputs = Images.narrow(0, start, length);
                labels = Labels.narrow(0, start, length);
            }
            else
            {
                using var index = permutation.narrow(0, start, length);
                inputs = Images.index_select(0, index);
                labels = Labels.index_select(0, index);
            }
            if (augmentation is not null)
            {
                using var plain = inputs;
                inputs = augmentation.Apply(plain, order);
            }
            yield return new Batch(inputs, labels);
        }
    }

    /// <summary>An epoch's order on the data's device, owned by the enumeration (no dispose scope).</summary>
    private Tensor Permutation(Generator order)
    {
        using var scope = NewDisposeScope();
        return randperm(Count, generator: order).to(Images.device).DetachFromDisposeScope();
    }

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
