using System.ComponentModel.DataAnnotations;
using Lottery.Plugins.Vision.Data.OutOfDistribution;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// Settings of the <c>fashion-mnist</c> dataset (section <c>Lottery:Strategies:fashion-mnist</c>), its
/// out-of-distribution sets included (by default the built-in corruptions of the first test images).
/// </summary>
public sealed class FashionMnistOptions : OutOfDistributionOptions
{
    /// <summary>The folder of the four IDX files; Debian's dataset-fashion-mnist package installs them here.</summary>
    [Required(ErrorMessage = "expected the folder holding the four IDX files (apt-get install dataset-fashion-mnist puts them in " + FashionMnistDataset.DefaultDirectory + ")")]
    public string Directory { get; set; } = FashionMnistDataset.DefaultDirectory;

    /// <summary>
    /// Training images held out for validation (the rest train); must be fewer than the 60,000 training images. 0: no
    /// validation split, every training image trains (open_lth's protocol), which a run with a pools stage refuses.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "expected the number of training images to hold out for validation, 0 for none")]
    public int ValidationSize { get; set; } = 5000;

    /// <summary>Use only this many training images (validation included), drawn by the seed: quick runs; 0 uses all.</summary>
    [Range(0, int.MaxValue)]
    public int TrainSubset { get; set; }

    /// <summary>Use only this many test images, drawn by the seed; 0 uses all.</summary>
    [Range(0, int.MaxValue)]
    public int TestSubset { get; set; }
}
