namespace Lottery.Contracts.Data;

/// <summary>
/// A loaded dataset: its input shape (channels, height, width), class count, the three splits, and any
/// out-of-distribution test sets by name (e.g. "gaussian_noise/3").
/// </summary>
public sealed record DatasetSplits(
    long[] InputShape,
    int Classes,
    IBatchSource Train,
    IBatchSource Validation,
    IBatchSource Test,
    IReadOnlyDictionary<string, IBatchSource> OutOfDistribution) : IDisposable
{
    public void Dispose()
    {
        foreach (var source in new[] { Train, Validation, Test }.Concat(OutOfDistribution.Values).Distinct())
        {
            (source as IDisposable)?.Dispose();
        }
    }
}
