using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data.OutOfDistribution;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// One of the CIFAR datasets in its binary version, as its archive unpacks to a folder: the files holding the
/// training and the test records, their record layout, and the training statistics. Training batches are
/// augmented by <see cref="Augmentation"/> when asked.
/// </summary>
/// <param name="Name">The dataset's strategy name, which names its options section.</param>
public sealed record CifarFormat(
    string Name,
    IReadOnlyList<string> TrainFiles,
    IReadOnlyList<string> TestFiles,
    CifarRecord Record,
    ImageNormalization Normalization)
{
    /// <summary>
    /// The standard CIFAR augmentation: 4-pixel padding, random 32x32 crop and random horizontal flip. The padding
    /// is black, as torchvision pads the unnormalised images in open_lth and the Lottery Pools code.
    /// </summary>
    public RandomCropAndFlip Augmentation => new(4, Normalization.Of(0));

    public DatasetSplits Load(string? directory, int validationSize, DatasetRequest request, OutOfDistributionOptions? outOfDistribution = null)
    {
        var folder = DatasetFolder.Require(directory, Name,
            $"name the folder of the binary version holding {string.Join(", ", TrainFiles.Concat(TestFiles))}");
        using var scope = NewDisposeScope();
        var train = Read(folder, TrainFiles);
        var test = Read(folder, TestFiles);
        return ImageSplits.Create(train, test, Record.Classes, Normalization, validationSize, request, Augmentation, outOfDistribution);
    }

    /// <summary>The records of the files, in file order.</summary>
    private (Tensor Images, Tensor Labels) Read(string folder, IReadOnlyList<string> files)
    {
        var parts = files.Select(file => Record.Read(Path.Combine(folder, file))).ToList();
        return (cat(parts.Select(part => part.Images).ToList()), cat(parts.Select(part => part.Labels).ToList()));
    }
}
