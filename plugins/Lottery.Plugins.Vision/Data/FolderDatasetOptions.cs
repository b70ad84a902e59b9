using System.ComponentModel.DataAnnotations;
using Lottery.Plugins.Vision.Data.OutOfDistribution;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// Settings of a dataset read from a folder the user names: <c>mnist</c>, <c>cifar-10</c>, <c>cifar-100</c>
/// (section <c>Lottery:Strategies:&lt;name&gt;</c>). These datasets have no package on these machines, so there is
/// no default folder. The out-of-distribution sets are the built-in corruptions, or CIFAR-10-C / CIFAR-100-C
/// files where CorruptedDirectory names their folder.
/// </summary>
public sealed class FolderDatasetOptions : OutOfDistributionOptions
{
    /// <summary>The folder of the dataset's files, as its dataset describes them.</summary>
    [Required(ErrorMessage = "expected the folder holding the dataset's files: this dataset has no default location")]
    public string? Directory { get; set; }

    /// <summary>
    /// Training images held out for validation (the rest train); must be fewer than the training images
    /// (60,000 for MNIST, 50,000 for CIFAR: the default gives CIFAR's usual 45k/5k split). 0: no validation split,
    /// every training image trains (open_lth's MNIST and CIFAR-10 protocol), which a run with a pools stage refuses.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "expected the number of training images to hold out for validation, 0 for none")]
    public int ValidationSize { get; set; } = 5000;
}
