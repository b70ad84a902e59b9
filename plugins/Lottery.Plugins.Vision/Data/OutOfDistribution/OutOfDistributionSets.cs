using Lottery.Contracts.Data;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>An image dataset's out-of-distribution sets as its options ask: none, the built-in corruptions, or CIFAR-C style files.</summary>
public static class OutOfDistributionSets
{
    /// <param name="test">The dataset's normalised test split, on the request's device.</param>
    public static IReadOnlyDictionary<string, IBatchSource> Create(OutOfDistributionOptions? options, InMemoryImageSource test, ImageNormalization normalization, DatasetRequest request)
    {
        if (options is null || options.CorruptedImages == 0) return new Dictionary<string, IBatchSource>();
        return string.IsNullOrWhiteSpace(options.CorruptedDirectory)
            ? BuiltInCorruptionSets.Create(options, test, normalization, request)
            : CorruptedFiles.Load(options, test.Images.shape[1..], normalization, request);
    }
}
