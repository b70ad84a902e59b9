namespace Lottery.Host.Sweeps;

/// <summary>
/// One quantity over the runs of an aggregate row: how many, their mean and their sample standard deviation (n - 1 in the
/// denominator, what the papers report over seeds; null for a single run, where it is undefined rather than 0).
/// </summary>
public sealed record SeedStatistics(int N, double Mean, double? Std)
{
    /// <summary>
    /// The statistics of the values, or null when there are none or any run lacks the quantity (no validation split, no
    /// out-of-distribution sets): a mean over some of the row's runs would read as one over all of them.
    /// </summary>
    public static SeedStatistics? Of(IReadOnlyList<double?> values)
    {
        if (values.Count == 0 || values.Any(v => v == null)) return null;
        var all = values.Select(v => v!.Value).ToList();
        var mean = all.Average();
        return new SeedStatistics(all.Count, mean, all.Count > 1 ? Math.Sqrt(all.Sum(x => (x - mean) * (x - mean)) / (all.Count - 1)) : null);
    }
}
