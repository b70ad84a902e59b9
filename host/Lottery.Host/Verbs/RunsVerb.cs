using System.Globalization;
using Lottery.Host.Options;
using Lottery.Host.Runs;

namespace Lottery.Host.Verbs;

/// <summary>
/// `runs`: a table of the run directories under Lottery:Runs:Root, one row each: name, hash, IMP levels complete out
/// of those begun, the stages with results, the live process holding it, and why its last run failed. A folder that is
/// not a sound run directory is a row saying so: one damaged folder must not hide the others.
/// </summary>
public sealed class RunsVerb(LotteryOptions options) : IVerb
{
    private static readonly string[] Header = ["run", "hash", "levels", "stages", "lock", "last error / problem"];

    public string Name => "runs";

    public string Summary => "list the run directories under Lottery:Runs:Root: levels and stages done, whether a live process holds one, its last error";

    public int Run(TextWriter output, TextWriter error, CancellationToken stop)
    {
        var root = Path.GetFullPath(options.Runs.Root);
        var runs = RunStatus.ReadAll(root);
        if (runs.Count == 0)
        {
            output.WriteLine(Directory.Exists(root) ? $"no run directories under {root}" : $"no run directories: {root} does not exist");
            return 0;
        }
        output.WriteLine($"{runs.Count} run director{(runs.Count == 1 ? "y" : "ies")} under {root}:");
        WriteTable(output, [Header, .. runs.Select(Row)]);
        return 0;
    }

    private static string[] Row(RunStatus run) =>
    [
        run.Name,
        run.Hash ?? "-",
        run.LevelsPresent == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{run.LevelsComplete}/{run.LevelsPresent}"),
        run.Stages.Count == 0 ? "-" : string.Join(", ", run.Stages),
        !run.Locked ? "-" : run.Holder is { } pid ? string.Create(CultureInfo.InvariantCulture, $"PID {pid}") : "held",
        string.Join("; ", new[] { run.Problem, run.Error }.OfType<string>().DefaultIfEmpty("-")),
    ];

    // Columns as wide as their widest cell; the last, free text, is not padded.
    private static void WriteTable(TextWriter output, IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, Header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd());
        }
    }
}
