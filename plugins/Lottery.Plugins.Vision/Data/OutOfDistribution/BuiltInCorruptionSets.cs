using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// Out-of-distribution sets computed on the fly for any image dataset: the first test images, corrupted per batch
/// by each built-in corruption at each severity, clipped to [0, 1] and rounded to bytes (as the CIFAR-C files
/// store them), then normalised. Each set draws its noise from its own seed (the request's, the corruption and
/// the severity), so it is the same in every evaluation.
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
                sets[$"{corruption.Name}/{severity}"] = new MappedImageSource(clean, seed, (inputs, generator) => Corrupt(inputs, corruption, severity, generator, normalization));
            }
        }
        return sets;
    }

    public static Tensor Corrupt(Tensor inputs, ICorruption corruption, int severity, Generator generator, ImageNormalization normalization)
    {
        using var pixels = normalization.ToPixels(inputs);
        using var corrupted = corruption.Apply(pixels, severity, generator);
        using var bytes = corrupted.clamp(0, 1).mul_(255).round_().div_(255);
        return normalization.FromPixels(bytes);
    }
}
