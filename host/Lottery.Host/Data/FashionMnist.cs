using static Lottery.Torch.torch;

namespace Lottery.Host.Data;

/// <summary>
/// Fashion-MNIST from Debian's dataset-fashion-mnist package: 60,000 training and 10,000 test images,
/// 28x28 grayscale, 10 classes, as gzip-compressed IDX files.
/// </summary>
public static class FashionMnist
{
    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    // Per-pixel mean and standard deviation of the training images (of pixel/255).
    public const double Mean = 0.2860;
    public const double Std = 0.3530;

    public static LabelledImages LoadTrain(string directory = DefaultDirectory) =>
        Load(directory, "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz");

    public static LabelledImages LoadTest(string directory = DefaultDirectory) =>
        Load(directory, "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private static LabelledImages Load(string directory, string imagesName, string labelsName)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                $"Fashion-MNIST folder not found: {directory} (install it with `apt-get install dataset-fashion-mnist`)");
        }
        var imagesPath = Path.Combine(directory, imagesName);
        var labelsPath = Path.Combine(directory, labelsName);
        var images = IdxFile.Read(imagesPath);
        var labels = IdxFile.Read(labelsPath);
        if (images.Dimensions.Length != 3)
        {
            throw new InvalidDataException($"{imagesPath}: expected 3 dimensions (N, H, W), got {images.Dimensions.Length}");
        }
        if (labels.Dimensions.Length != 1 || labels.Dimensions[0] != images.Dimensions[0])
        {
            throw new InvalidDataException(
                $"{labelsPath}: expected {images.Dimensions[0]} labels to match {imagesPath}, got dimensions [{string.Join(", ", labels.Dimensions)}]");
        }
        var outOfRange = Array.FindIndex(labels.Data, l => l > 9);
        if (outOfRange >= 0)
        {
            throw new InvalidDataException($"{labelsPath}: label {labels.Data[outOfRange]} at index {outOfRange} is outside 0..9");
        }
        using var scope = NewDisposeScope();
        var raw = tensor(images.Data, [images.Dimensions[0], 1, images.Dimensions[1], images.Dimensions[2]]);
        var normalised = raw.to(float32).div_(255.0).sub_(Mean).div_(Std);
        var classes = tensor(labels.Data).to(int64);
        return new LabelledImages(normalised, classes);
    }
}
