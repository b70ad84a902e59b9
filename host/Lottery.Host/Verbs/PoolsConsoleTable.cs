using System.Globalization;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Reports;
using Lottery.Host.Runs;

namespace Lottery.Host.Verbs;

/// <summary>What `run` prints of the pools stage: a line per pool as it is built, then ticket vs pool per level.</summary>
public static class PoolsConsoleTable
{
    public static PoolsProgress Progress(TextWriter output, TextWriter error) => new(
        PoolStarted: (level, method) => output.WriteLine($"pool {method} for level {level} ..."),
        PoolFinished: (r, saved) => output.WriteLine(Invariant(
            $"pool {r.Method} for level {r.Level}: density {r.Density * 100:F2}%  val {r.TicketValAccuracy * 100:F2}% -> {r.ValAccuracy * 100:F2}%  ") + Invariant(
            $"test {r.TicketTestAccuracy * 100:F2}% -> {r.TestAccuracy * 100:F2}%{(r.OodAccuracy is { } ood ? Invariant($"  OOD {r.TicketOodAccuracy * 100:F2}% -> {ood * 100:F2}%") : "")}") +
            $"  accepted {r.Accepted.Count}{(saved ? " (complete, skipped)" : "")}"),
        Warning: message => error.WriteLine($"warning: {message}"));

    public static void Write(TextWriter output, PoolsSummary pools)
    {
        output.WriteLine();
        output.WriteLine("level  density  method              ticket test  pool test    gain  ticket OOD  pool OOD  OOD gain");
        foreach (var r in pools.Results.OrderBy(r => r.Level).ThenBy(r => r.Method, StringComparer.Ordinal))
        {
            output.WriteLine(Invariant(
                $"{r.Level,5}  {r.Density * 100,6:F2}%  {r.Method,-18}  {r.TicketTestAccuracy * 100,10:F2}%  {r.TestAccuracy * 100,8:F2}%  {(r.TestAccuracy - r.TicketTestAccuracy) * 100,6:+0.00;-0.00;0.00}") + Invariant(
                $"  {Percent(r.TicketOodAccuracy),10}  {Percent(r.OodAccuracy),8}  {(r.OodAccuracy - r.TicketOodAccuracy) * 100,8:+0.00;-0.00;0.00}"));
        }
    }

    private static string Percent(double? fraction) => fraction is { } f ? Invariant($"{f * 100:F2}%") : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
