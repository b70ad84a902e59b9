using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

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

    public DatasetSplits Load(DatasetRequest request)
    {
        var directory = options.Directory;
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                $"Fashion-MNIST folder not found: {directory} (install it with `apt-get install dataset-fashion-mnist`)");
        }
        using var scope = NewDisposeScope();
        var (trainImages, trainLabels) = Read(directory, "train");
        var (testImages, testLabels) = Read(directory, "t10k");
        var (trainIndices, validationIndices) = HeldOutSplit.Indices(trainLabels.shape[0], options.ValidationSize, request.Seed);
        // Selected while still bytes, so only a quarter of the float data crosses to an accelerator.
        var train = Source(trainImages.index_select(0, trainIndices), trainLabels.index_select(0, trainIndices), request);
        var validation = Source(trainImages.index_select(0, validationIndices), trainLabels.index_select(0, validationIndices), request);
        var test = Source(testImages, testLabels, request);
        return new DatasetSplits(trainImages.shape[1..], Classes, train, validation, test, new Dictionary<string, IBatchSource>());
    }

    private static (Tensor Images, Tensor Labels) Read(string directory, string split) =>
        IdxLabelledImages.Read(
            Path.Combine(directory, $"{split}-images-idx3-ubyte.gz"),
            Path.Combine(directory, $"{split}-labels-idx1-ubyte.gz"),
            Classes);

    private static InMemoryImageSource Source(Tensor images, Tensor labels, DatasetRequest request) =>
        new(Normalization.Apply(images.to(request.Device)), labels.to(request.Device));
}
