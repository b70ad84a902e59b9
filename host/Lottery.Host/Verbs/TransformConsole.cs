using System.Globalization;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Reports;
using Lottery.Host.Runs;

namespace Lottery.Host.Verbs;

/// <summary>The transform stage on the console: a line per method and per epoch as they go, then a results table.</summary>
public static class TransformConsole
{
    /// <summary>Runs the stage, printing as it goes; maskUpdated hears every update of its dynamic-sparse-training baselines (the metrics).</summary>
    public static IReadOnlyList<TransformResult> Run(TransformStage stage, ImpRun experimentRun, ImpProgress impProgress, Action<string, int, MaskUpdateReport>? maskUpdated,
        TextWriter output, CancellationToken stop)
    {
        output.WriteLine();
        var results = stage.Run(experimentRun, new TransformProgress(impProgress, output.WriteLine, (method, r) => output.WriteLine(MethodEpochLine.Of(method, r)), maskUpdated), stop);
        output.WriteLine();
        output.WriteLine("transfer                                  level  method               density  final test  best-val test");
        foreach (var r in results)
        {
            output.WriteLine(Invariant(
                $"{$"{r.Source} -> {r.Target}",-40}  {r.SourceLevel,5}  {r.Method,-19}  {r.Density * 100,6:F2}%  {r.TestAccuracy * 100,9:F2}%  {r.BestTestAccuracy * 100,12:F2}%"));
        }
        return results;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
