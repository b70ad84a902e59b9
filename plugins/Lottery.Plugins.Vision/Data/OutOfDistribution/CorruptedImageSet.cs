using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// One built-in corruption at one severity of the first test images. The first time the set is read in order, it is
/// corrupted batch by batch and kept as the bytes it is rounded to anyway (one byte a pixel: 27 MB for 35 Fashion-MNIST
/// sets of 1,000 images), so evaluating network after network on it does not corrupt the images again each time. The
/// noise is drawn per batch, so a read at another batch size, or in a shuffled order, is corrupted on the fly as the
/// kept one was made: every read gives exactly the inputs the on-the-fly corruption gives at that size and order.
/// </summary>
/// <param name="clean">The clean images (normalised) and labels; owned by the set.</param>
/// <param name="corruptToBytes">A batch of clean inputs, corrupted with the generator, as uint8 pixels.</param>
public sealed class CorruptedImageSet(InMemoryImageSource clean, ulong seed, Func<Tensor, Generator, Tensor> corruptToBytes, ImageNormalization normalization)
    : IBatchSource, IDisposable
{
    private readonly MappedImageSource bytes = new(clean, seed, corruptToBytes);
    private (int BatchSize, MappedImageSource Set)? kept;

    public long Count => clean.Count;

    public IEnumerable<Batch> Batches(int batchSize, Generator? order = null, bool augment = false)
    {
        if (order != null) return Normalised(bytes.Batches(batchSize, order));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        kept ??= (batchSize, Keep(batchSize));
        return kept.Value.BatchSize == batchSize ? kept.Value.Set.Batches(batchSize) : Normalised(bytes.Batches(batchSize));
    }

    /// <summary>The corrupted bytes of every image, read in order at batchSize, as a set that normalises them per batch.</summary>
    private MappedImageSource Keep(int batchSize)
    {
        using var scope = NewDisposeScope();
        var all = cat(bytes.Batches(batchSize).Select(batch => batch.Inputs).ToList(), 0);
        // The stored source takes the tensors out of this scope.
        return new MappedImageSource(new InMemoryImageSource(all, clean.Labels.clone()), seed, (inputs, _) => normalization.Apply(inputs));
    }

    private IEnumerable<Batch> Normalised(IEnumerable<Batch> batches)
    {
        foreach (var batch in batches)
        {
            using var pixels = batch.Inputs;
            yield return new Batch(normalization.Apply(pixels), batch.Labels);
        }
    }

    public void Dispose()
    {
        bytes.Dispose();
        kept?.Set.Dispose();
    }
}
