using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// Training-time augmentation of a batch of normalised images (random crops, flips), applied by
/// <see cref="InMemoryImageSource"/> when a caller asks for augmented batches.
/// </summary>
public interface IBatchAugmentation
{
    /// <summary>
    /// A new tensor of augmented inputs, random from generator (the batch order's, so an epoch is reproducible
    /// from its state) or from the global generator when null. Must not write to inputs: it may be a view of the
    /// stored split.
    /// </summary>
    Tensor Apply(Tensor inputs, Generator? generator);
}
