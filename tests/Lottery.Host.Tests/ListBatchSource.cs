using Lottery.Contracts.Data;

namespace Lottery.Host.Tests;

/// <summary>Inputs and labels held whole, served in order in batches (the order generator is ignored). Owns its tensors.</summary>
internal sealed class ListBatchSource : IBatchSource, IDisposable
{
    private readonly Tensor inputs, labels;

    public ListBatchSource(Tensor inputs, Tensor labels)
    {
        this.inputs = inputs.DetachFromDisposeScope();
        this.labels = labels.DetachFromDisposeScope();
    }

    public long Count => labels.shape[0];

    public IEnumerable<Batch> Batches(int batchSize, Generator? order = null, bool augment = false)
    {
        for (long start = 0; start < Count; start += batchSize)
        {
            var length = Math.Min(batchSize, Count - start);
            yield return new Batch(inputs.narrow(0, start, length), labels.narrow(0, start, length));
        }
    }

    public void Dispose()
    {
        inputs.Dispose();
        labels.Dispose();
    }
}
