using Lottery.Contracts.Data;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The <c>mnist</c> dataset: handwritten digits (60,000 training and 10,000 test images, 28x28 grayscale,
/// 10 classes) as IDX files, plain or gzip-compressed, from the folder the options name (no package installs
/// MNIST on these machines, so there is no default). Validation is held out of the training images by the
/// request's seed. There is no augmentation: the lottery ticket papers train LeNet on MNIST without any, so
/// augmented batches are plain ones.
/// </summary>
public sealed class MnistDataset(FolderDatasetOptions options) : IDataset
{
    public const string Name = "mnist";

    public const int Classes = 10;

    /// <summary>Per-pixel mean and standard deviation of the training images (of pixel/255), as torchvision and open_lth use.</summary>
    public static readonly ImageNormalization Normalization = new([0.1307], [0.3081]);

    public DatasetSplits Load(DatasetRequest request) =>
        IdxImageFolder.Load(
            DatasetFolder.Require(options.Directory, Name,
                "name the folder holding train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (each may end in .gz)"),
            Classes, Normalization, options.ValidationSize, request, options);
}
