namespace Lottery.Host.Pools;

/// <summary>
/// Out-of-distribution accuracy summarised from the accuracy on each set, named "&lt;corruption&gt;/&lt;severity&gt;":
/// the mean over every set (all corruptions and severities), and per corruption the mean over its severities.
/// </summary>
public sealed record OodScores(double Mean, IReadOnlyDictionary<string, double> ByCorruption)
{
    /// <summary>null when there are no sets (the dataset defines none).</summary>
    public static OodScores? From(IReadOnlyDictionary<string, double> bySet) =>
        bySet.Count == 0
            ? null
            : new OodScores(
                bySet.Values.Average(),
                bySet.GroupBy(pair => Corruption(pair.Key)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Average(pair => pair.Value)));

    private static string Corruption(string set)
    {
        var slash = set.LastIndexOf('/');
        return slash < 0 ? set : set[..slash];
    }
}
