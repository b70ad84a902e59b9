using Lottery.Host.Reports;
using Lottery.Host.Runs;

namespace Lottery.Host.Stages;

/// <summary>
/// The one writer of a run's summary.json and the reports made from it (results.csv, report.md, report.html,
/// transform.csv): each stage sets its own part as its results come in, and every change is written at once, so the
/// results so far stay readable while later work runs and survive a killed run. One instance per run directory and
/// process: nothing is read back from the file.
/// </summary>
public sealed class RunResults(RunDirectory run, string experimentName)
{
    /// <summary>The summary as last written (no levels yet before the first).</summary>
    public RunSummary Current { get; private set; } = new(experimentName, run.Path, new ImpSummary([]));

    public void SetImp(IEnumerable<LevelResult> levels) => Write(Current with { Imp = ImpSummary.From(levels) });

    public void SetPools(PoolsSummary pools) => Write(Current with { Pools = pools });

    public void SetSparseTraining(SparseTrainingSummary sparseTraining) => Write(Current with { SparseTraining = sparseTraining });

    public void SetTransform(TransformSummary transform) => Write(Current with { Transform = transform });

    private void Write(RunSummary summary)
    {
        Current = summary;
        ReportWriter.Write(summary);
    }
}
