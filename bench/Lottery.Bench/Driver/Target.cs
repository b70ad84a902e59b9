using System.Globalization;

namespace Lottery.Bench.Driver;

/// <summary>
/// The issue's target for a workload: minimum ratios against PyTorch, C++ and a peer of ours, and a ceiling on ours'
/// own value (pruning time, tensor growth). A criterion whose comparison is missing is left out of the verdict.
/// </summary>
public sealed record Target(double? MinVsPyTorch = null, double? MinVsCpp = null, double? OursAtMost = null, double? MinVsPeer = null)
{
    public string Describe(string unit, string? peer = null)
    {
        var parts = new List<string>();
        if (MinVsPyTorch is { } p) parts.Add(Invariant($"vs PyTorch >= {p:0.00}"));
        if (MinVsCpp is { } c) parts.Add(Invariant($"vs C++ >= {c:0.00}"));
        if (OursAtMost is { } m) parts.Add(m == 0 ? "ours = 0" : Invariant($"ours < {m} {unit}"));
        if (MinVsPeer is { } q) parts.Add(Invariant($"vs {peer ?? "peer"} >= {q:0.00}"));
        return string.Join(", ", parts);
    }

    /// <summary>Whether every criterion that can be checked holds; null when none can.</summary>
    public bool? IsMet(double? ours, double? ratioVsPyTorch, double? ratioVsCpp, double? ratioVsPeer = null)
    {
        var checks = new List<bool>();
        if (MinVsPyTorch is { } p && ratioVsPyTorch is { } rp) checks.Add(rp >= p);
        if (MinVsCpp is { } c && ratioVsCpp is { } rc) checks.Add(rc >= c);
        if (OursAtMost is { } m && ours is { } o) checks.Add(m == 0 ? o == 0 : o < m);
        if (MinVsPeer is { } q && ratioVsPeer is { } rq) checks.Add(rq >= q);
        return checks.Count == 0 ? null : checks.All(ok => ok);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
