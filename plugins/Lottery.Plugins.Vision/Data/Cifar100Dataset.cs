using Lottery.Contracts.Data;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The <c>cifar-100</c> dataset: 50,000 training and 10,000 test colour images of 32x32 in 100 classes, from the
/// folder of its binary version (cifar-100-binary: train.bin, test.bin). Each record carries a coarse label (20
/// superclasses) and a fine one; the fine label is the class, as in the lottery ticket and Lottery Pools papers.
/// Validation is held out of the training images by the request's seed; augmented training batches are
/// randomly cropped and flipped.
/// </summary>
public sealed class Cifar100Dataset(FolderDatasetOptions options) : IDataset
{
    public const string Name = "cifar-100";

    public static readonly CifarFormat Format = new(
        Name,
        ["train.bin"],
        ["test.bin"],
        new CifarRecord(LabelBytes: 2, LabelIndex: 1, Classes: 100, LabelName: "fine label"),
        new ImageNormalization([0.5071, 0.4865, 0.4409], [0.2673, 0.2564, 0.2762]));

    public DatasetSplits Load(DatasetRequest request) => Format.Load(options.Directory, options.ValidationSize, request, options);
}
