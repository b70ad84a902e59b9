using Lottery.Torch;

namespace Lottery.Contracts.Data;

/// <summary>What the pipeline asks of a dataset: where its tensors live and the seed of the validation split.</summary>
public sealed record DatasetRequest(Device Device, ulong Seed);

/// <summary>
/// Loads one dataset. A missing or malformed file is an error naming the file and what was expected.
/// </summary>
public interface IDataset
{
    DatasetSplits Load(DatasetRequest request);
}
