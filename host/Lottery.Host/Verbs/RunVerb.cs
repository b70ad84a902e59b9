using System.Globalization;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Metrics;
using Lottery.Host.Options;
using Lottery.Host.Progress;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Torch;

namespace Lottery.Host.Verbs;

/// <summary>
/// `run`: the configured experiment (IMP, then the pools stage when configured), with one line per epoch (and
/// progress bars on a terminal), a results table and where the report is; its metrics are served for the whole run.
/// </summary>
public sealed class RunVerb(Microsoft.Extensions.Configuration.IConfiguration configuration, ImpStage imp, PoolsStage pools, TransformStage transform, SparseTrainingStage sparseTraining, LotteryOptions options, MetricsExport metrics, TrainingMetrics training, PoolMetrics poolMetrics, SparseTrainingMetrics sparseMetrics, ConsoleProgress console) : IVerb
{
    public string Name => "run";

    public string Summary => "run the configured experiment (IMP with rewinding, then any pools and transfers; resumes what an earlier run left)";

    public int Run(TextWriter output, TextWriter error, CancellationToken stop)
    {
        var labels = new MetricLabels(options.Experiment.Name, "imp", Method: options.Experiment.Pruner);
        using var telemetry = metrics.Start(labels);
        var exitCode = console.Show(output, (lines, bars) => Run(lines, error, bars, telemetry, training.ForImp(labels), stop));
        telemetry.Finish();
        return exitCode;
    }

    /// <summary>
    /// The stages, with the outcome recorded in the experiment's run directory (<see cref="LastError"/>) for `./lottery
    /// runs`: a failure once the directory is open, its removal when a run of it succeeds. A stop is no failure, and a
    /// refusal because another process holds the directory is that process's business.
    /// </summary>
    private int Run(TextWriter output, TextWriter error, IProgressBoard bars, MetricsSession telemetry, ImpProgress recordMetrics, CancellationToken stop)
    {
        string? runPath = null;
        try
        {
            RunStages(output, error, bars, telemetry, recordMetrics, directory => runPath ??= directory.Path, stop);
            if (runPath != null) LastError.Clear(runPath);
            return 0;
        }
        catch (Exception failure) when (runPath != null && failure is not (OperationCanceledException or RunInUseException))
        {
            try
            {
                LastError.Record(runPath, failure, DateTimeOffset.Now);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The failure itself may be the full disk: it, not the record of it, is what the user must see.
                error.WriteLine($"warning: could not record the failure in {runPath}: {e.Message}");
            }
            throw;
        }
    }

    /// <param name="opened">Hears of each run directory opened, the experiment's first (transfers may open their sources' after it).</param>
    private void RunStages(TextWriter output, TextWriter error, IProgressBoard bars, MetricsSession telemetry, ImpProgress recordMetrics, Action<RunDirectory> opened, CancellationToken stop)
    {
        var e = options.Experiment;
        var t = options.Training;
        output.WriteLine(Invariant(
            $"experiment {e.Name}: {e.Architecture}-{e.Variant} on {e.Dataset}, {e.Levels} pruning level(s) with {e.Pruner} (fraction {e.PruneFraction}, rewind to {e.RewindStep}), ") + Invariant(
            $"{t.Duration} per level, batch {t.BatchSize}, {t.Optimizer} lr {t.LearningRate} ({t.Schedule}); libtorch {torch.version}, intra-op threads: {torch.get_num_threads()}"));
        // Read (and validated) before any work, so a malformed fault fails at once and an armed one is never a surprise.
        if (Runs.FaultInjection.Current is { } fault) error.WriteLine($"warning: {Runs.FaultInjection.Variable} is set: {fault} (fault injection for tests)");
        pools.Validate();
        if (options.Transform.Enabled) transform.Validate();
        sparseTraining.Validate();
        if (telemetry.PrometheusUrl != null) output.WriteLine($"metrics: {telemetry.PrometheusUrl}");
        var progress = new ImpProgress(
            RunOpened: directory =>
            {
                opened(directory);
                output.WriteLine($"run directory: {directory.Path}");
            },
            Warning: message => error.WriteLine($"warning: {message}"),
            LevelStarted: (level, density, complete) => output.WriteLine(Invariant(
                $"level {level}: density {density * 100:F2}%{(complete ? " (complete, skipped)" : "")}")),
            Epoch: r => output.WriteLine(Invariant(
                $"level {r.Level} epoch {r.Epoch}: train loss {r.TrainLoss:F4}  val accuracy {Percent.Of(r.ValidationAccuracy)}  ") + Invariant(
                $"test loss {r.TestLoss:F4}  test accuracy {r.TestAccuracy * 100:F2}%  ({r.Elapsed.TotalSeconds:F1} s)")))
            .And(ImpProgressBars.Show(bars, e.Levels))
            .And(recordMetrics);
        var run = imp.Run(progress, stop);
        output.WriteLine();
        output.WriteLine("level  density  final test  best-val test");
        foreach (var row in run.Results.Current.Imp.Rows())
        {
            output.WriteLine(Invariant($"{row.Level,5}  {row.Density * 100,6:F2}%  {row.TestAccuracy * 100,9:F2}%  {row.BestTestAccuracy * 100,12:F2}%"));
        }
        if (pools.Run(run, PoolsConsoleTable.Progress(output, error).And(poolMetrics.ForPools(e.Name))) is { } pooled) PoolsConsoleTable.Write(output, pooled);
        var sparseProgress = new SparseTrainingProgress(
            MethodStarted: (method, level, density) => output.WriteLine(Invariant($"sparse training {method} at level {level}'s density {density * 100:F2}%")),
            Epoch: (method, r) => output.WriteLine(MethodEpochLine.Of(method, r)),
            MaskUpdated: sparseMetrics.ForStage(e.Name, "sparse-training"),
            Warning: message => error.WriteLine($"warning: {message}"));
        if (sparseTraining.Run(run, sparseProgress, stop) is { } sparse)
        {
            output.WriteLine();
            output.WriteLine("method  level  density  final test  best-val test");
            foreach (var row in sparse.Rows())
            {
                output.WriteLine(Invariant($"{row.Method,6}  {row.Level,5}  {row.Density * 100,6:F2}%  {row.TestAccuracy * 100,9:F2}%  {row.BestTestAccuracy * 100,12:F2}%"));
            }
        }
        if (options.Transform.Enabled) TransformConsole.Run(transform, run, progress, sparseMetrics.ForStage(e.Name, "transform"), output, stop);
        // Last, once every stage finished: what a sweep reads to know this configuration's point is done.
        RunCompletion.Write(run.Directory.Path, configuration);
        output.WriteLine();
        output.WriteLine($"report: {ReportWriter.ReportPath(run.Directory.Path)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
