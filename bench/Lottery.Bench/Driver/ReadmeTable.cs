using System.Globalization;
using System.Text;

namespace Lottery.Bench.Driver;

/// <summary>
/// The markdown table of a results file, and the README section it replaces: everything between the
/// <see cref="Begin"/> and <see cref="End"/> markers is regenerated, the rest of the README is left alone.
/// </summary>
public static class ReadmeTable
{
    public const string Begin = "<!-- results:begin (generated from results/latest.json by Lottery.Bench; do not edit) -->";
    public const string End = "<!-- results:end -->";

    public static string Render(BenchResults results)
    {
        var m = results.Machine;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Measured {m.Date} on {m.Cpu} ({m.Cores} cores, {m.MemoryGiB} GiB), {m.Os}; mode {m.Mode}, {m.Threads} thread(s), device {m.Device}."));
        text.AppendLine(Invariant($"libtorch {m.Libtorch}, PyTorch {m.PyTorch ?? "not run"}, {m.Dotnet}. Load average (1, 5, 15 min) before: {m.LoadAverageBefore}; after: {m.LoadAverageAfter}."));
        text.AppendLine();
        text.AppendLine("| workload | unit | ours | PyTorch | C++ | ours vs PyTorch | ours vs C++ | target | met |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var w in results.Workloads.Where(w => w.Peer == null))
        {
            text.AppendLine($"| {w.Name} | {Unit(w)} | {Value(w.Ours)} | {Value(w.PyTorch)} | {Value(w.Cpp)} | {Ratio(w.RatioVsPyTorch)} | {Ratio(w.RatioVsCpp)} | {w.Target} | {Met(w)} |");
        }
        text.AppendLine();
        text.AppendLine("Ratios above 1 mean ours is better: ours/theirs for throughputs, theirs/ours for times and memory.");
        var peered = results.Workloads.Where(w => w.Peer != null).ToList();
        if (peered.Count == 0) return text.ToString();
        text.AppendLine();
        text.AppendLine("Ours against ours, where PyTorch and C++ have no counterpart: the peer is the same work done another way.");
        text.AppendLine();
        text.AppendLine("| workload | unit | ours | peer | peer's value | ours vs peer | target | met |");
        text.AppendLine("|---|---|---:|---|---:|---:|---|---|");
        foreach (var w in peered)
        {
            text.AppendLine($"| {w.Name} | {Unit(w)} | {Value(w.Ours)} | {w.Peer!.Name} | {Value(w.Peer.Value)} | {Ratio(w.Peer.Ratio)} | {w.Target} | {Met(w)} |");
        }
        return text.ToString();
    }

    private static string Unit(WorkloadResult w) => w.Unit + (w.HigherIsBetter ? " (higher is better)" : " (lower is better)");

    private static string Met(WorkloadResult w) => w.TargetMet switch { true => "yes", false => "**no**", null => "n/a" };

    /// <summary>The README with its results section replaced (appended when the markers are missing).</summary>
    public static string Splice(string readme, BenchResults results)
    {
        var section = Begin + "\n" + Render(results) + End;
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start) return readme.TrimEnd() + "\n\n" + section + "\n";
        return readme[..start] + section + readme[(end + End.Length)..];
    }

    private static string Value(double? value) => value switch
    {
        null => "-",
        { } v when Math.Abs(v) >= 100 => v.ToString("0", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.###", CultureInfo.InvariantCulture),
    };

    private static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
