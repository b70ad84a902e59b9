using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// A split whose inputs are made per batch from stored ones (corrupted on the fly, or normalised from bytes), so
/// only the stored form stays in memory. Each enumeration starts a generator from the same seed: reading the set
/// twice with the same batch size gives the same inputs. Owns the stored source.
/// </summary>
public sealed class MappedImageSource(InMemoryImageSource stored, ulong seed, Func<Tensor, Generator, Tensor> map) : IBatchSource, IDisposable
{
    public long Count => stored.Count;

    public IEnumerable<Batch> Batches(int batchSize, Generator? order = null, bool augment = false)
    {
        // The stored source checks its arguments here, where they are passed.
        var batches = stored.Batches(batchSize, order);
        return Enumerate(batches);
    }

    private IEnumerable<Batch> Enumerate(IEnumerable<Batch> batches)
    {
        using var generator = new Generator(seed);
        foreach (var batch in batches) yield return new Batch(map(batch.Inputs, generator), batch.Labels);
    }

    public void Dispose() => stored.Dispose();
}
