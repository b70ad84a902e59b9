using Lottery.Contracts.Data;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The <c>cifar-10</c> dataset: 50,000 training and 10,000 test colour images of 32x32 in 10 classes, from the
/// folder of its binary version (cifar-10-batches-bin: data_batch_1.bin .. data_batch_5.bin, test_batch.bin).
/// Validation is held out of the training images by the request's seed; augmented training batches are
/// randomly cropped and flipped.
/// </summary>
public sealed class Cifar10Dataset(FolderDatasetOptions options) : IDataset
{
    public const string Name = "cifar-10";

    public static readonly CifarFormat Format = new(
        Name,
        ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin"],
        ["test_batch.bin"],
        new CifarRecord(LabelBytes: 1, LabelIndex: 0, Classes: 10, LabelName: "label"),
        new ImageNormalization([0.4914, 0.4822, 0.4465], [0.2470, 0.2435, 0.2616]));

    public DatasetSplits Load(DatasetRequest request) => Format.Load(options.Directory, options.ValidationSize, request, options);
}
