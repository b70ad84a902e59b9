using Lottery.Contracts.Data;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The <c>fashion-mnist</c> dataset: Fashion-MNIST as Debian's dataset-fashion-mnist package installs it
/// (60,000 training and 10,000 test images, 28x28 grayscale, 10 classes, gzip-compressed IDX files).
/// Validation is held out of the training images by the request's seed. There is no augmentation: the
/// lottery ticket papers train LeNet on (Fashion-)MNIST without any, so augmented batches are plain ones.
/// </summary>
public sealed class FashionMnistDataset(FashionMnistOptions options) : IDataset
{
    public const string Name = "fashion-mnist";

    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    public const int Classes = 10;

    /// <summary>Per-pixel mean and standard deviation of the training images (of pixel/255).</summary>
    public static readonly ImageNormalization Normalization = new([0.2860], [0.3530]);

    public DatasetSplits Load(DatasetRequest request) =>
        IdxImageFolder.Load(
            DatasetFolder.Require(options.Directory, Name, "install it with `apt-get install dataset-fashion-mnist`"),
            Classes, Normalization, options.ValidationSize, request, options, options.TrainSubset, options.TestSubset);
}
