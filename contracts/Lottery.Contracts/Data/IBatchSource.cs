using static Lottery.Torch.torch;

namespace Lottery.Contracts.Data;

/// <summary>A split of a dataset, served in batches on the dataset's device.</summary>
public interface IBatchSource
{
    /// <summary>Number of examples.</summary>
    long Count { get; }

    /// <summary>
    /// The examples in batches of batchSize (the last may be smaller). With an order generator the
    /// examples are shuffled by it (reproducible from its state); with augment, training augmentation
    /// is applied where the dataset defines one. Each batch's tensors belong to the dispose scope current
    /// when it is produced, so callers open one scope per batch.
    /// </summary>
    IEnumerable<Batch> Batches(int batchSize, Generator? order = null, bool augment = false);
}
