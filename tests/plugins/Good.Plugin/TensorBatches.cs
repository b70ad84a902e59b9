using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

namespace Lottery.TestPlugins.Good;

/// <summary>A split held in memory as two tensors, which it owns.</summary>
public sealed class TensorBatches : IBatchSource, IDisposable
{
    private readonly Tensor inputs;
    private readonly Tensor labels;

    public TensorBatches(Tensor inputs, Tensor labels)
    {
        this.inputs = inputs.DetachFromDisposeScope();
        this.labels = labels.DetachFromDisposeScope();
    }

    public long Count => labels.shape[0];

    public IEnumerable<Batch> Batches(int batchSize, Generator? order = null, bool augment = false)
    {
        // Callers open a dispose scope per batch; the permutation outlives them all, so the enumerator owns it.
        using var permutation = order == null ? null : randperm(Count, device: labels.device, generator: order).DetachFromDisposeScope();
        for (long start = 0; start < Count; start += batchSize)
        {
            var length = Math.Min(batchSize, Count - start);
            yield return permutation == null
                ? new Batch(inputs.narrow(0, start, length), labels.narrow(0, start, length))
                : new Batch(inputs.index_select(0, permutation.narrow(0, start, length)), labels.index_select(0, permutation.narrow(0, start, length)));
        }
    }

    public void Dispose()
    {
        inputs.Dispose();
        labels.Dispose();
    }
}
