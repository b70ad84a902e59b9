using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data.OutOfDistribution;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// A folder of an MNIST-style dataset: train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte
/// and t10k-labels-idx1-ubyte, each either gzip-compressed (.gz, as the original site and Debian ship them) or
/// plain (as most mirrors and torchvision unpack them). MNIST and Fashion-MNIST share this layout.
/// </summary>
public static class IdxImageFolder
{
    /// <param name="trainSubset">Training images used, validation included (a seeded subset; 0: all).</param>
    /// <param name="testSubset">Test images used (a seeded subset; 0: all).</param>
    public static DatasetSplits Load(string directory, int classes, ImageNormalization normalization, int validationSize, DatasetRequest request,
        OutOfDistributionOptions? outOfDistribution = null, int trainSubset = 0, int testSubset = 0)
    {
        using var scope = NewDisposeScope();
        var train = SeededSubset.Take(Read(directory, "train", classes), trainSubset, request.Seed);
        var test = SeededSubset.Take(Read(directory, "t10k", classes), testSubset, request.Seed);
        return ImageSplits.Create(train, test, classes, normalization, validationSize, request, outOfDistribution: outOfDistribution);
    }

    private static (Tensor Images, Tensor Labels) Read(string directory, string split, int classes) =>
        IdxLabelledImages.Read(Find(directory, $"{split}-images-idx3-ubyte"), Find(directory, $"{split}-labels-idx1-ubyte"), classes);

    /// <summary>The plain file where both are present (it reads faster), else the compressed one.</summary>
    private static string Find(string directory, string name)
    {
        var plain = Path.Combine(directory, name);
        var compressed = plain + ".gz";
        if (File.Exists(plain)) return plain;
        if (File.Exists(compressed)) return compressed;
        throw new FileNotFoundException($"IDX file not found: {compressed} (nor its uncompressed form {plain})", compressed);
    }
}
