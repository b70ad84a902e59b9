using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// Out-of-distribution sets computed for any image dataset: the first test images, corrupted per batch by each
/// built-in corruption at each severity, clipped to [0, 1] and rounded to bytes (as the CIFAR-C files store them),
/// then normalised. Each set draws its noise from its own seed (the request's, the corruption and the severity), so
/// it is the same in every evaluation; it is corrupted once and kept as bytes (<see cref="CorruptedImageSet"/>).
/// </summary>
public static class BuiltInCorruptionSets
{
    public static Dictionary<string, IBatchSource> Create(OutOfDistributionOptions options, InMemoryImageSource test, ImageNormalization normalization, DatasetRequest request)
    {
        var corruptions = options.Corruptions.Count == 0 ? BuiltInCorruptions.All : options.Corruptions.Select(name => BuiltInCorruptions.Find(name)!).ToList();
        var count = Math.Min(options.CorruptedImages, test.Count);
        var sets = new Dictionary<string, IBatchSource>();
        using var scope = NewDisposeScope();
        foreach (var corruption in corruptions)
        {
            foreach (var severity in options.SeverityLevels)
            {
                // Views of the test split's tensors: every set shares the clean images.
                var clean = new InMemoryImageSource(test.Images.narrow(0, 0, count), test.Labels.narrow(0, 0, count));
                var seed = request.Seed * 1_000_003UL + (ulong)(BuiltInCorruptions.All.ToList().IndexOf(corruption) * 10 + severity);
                sets[$"{corruption.Name}/{severity}"] = new CorruptedImageSet(clean, seed, (inputs, generator) => CorruptToBytes(inputs, corruption, severity, generator, normalization), normalization);
            }
        }
        return sets;
    }

    /// <summary>Normalised inputs corrupted, rounded to bytes and normalised again, in the current dispose scope.</summary>
    public static Tensor Corrupt(Tensor inputs, ICorruption corruption, int severity, Generator generator, ImageNormalization normalization)
    {
        using var bytes = CorruptToBytes(inputs, corruption, severity, generator, normalization);
        return normalization.Apply(bytes);
    }

    /// <summary>Normalised inputs corrupted, clipped to [0, 1] and rounded to uint8 pixels, in the current dispose scope.</summary>
    public static Tensor CorruptToBytes(Tensor inputs, ICorruption corruption, int severity, Generator generator, ImageNormalization normalization)
    {
        using var pixels = normalization.ToPixels(inputs);
        using var corrupted = corruption.Apply(pixels, severity, generator);
        using var rounded = corrupted.clamp(0, 1).mul_(255).round_();
        return rounded.to(uint8);
    }
}
