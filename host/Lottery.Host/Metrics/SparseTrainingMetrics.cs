using System.Diagnostics.Metrics;
using Lottery.Host.Training;

namespace Lottery.Host.Metrics;

/// <summary>
/// Dynamic sparse training's instruments (meter Lottery.SparseTraining): the weights each mask update moved (dropped
/// and regrown as many), by method and tensor, and the drop fraction of the latest update, recorded from the training's
/// mask updates (<see cref="ForStage"/>): the sparse-training stage's and the transform stage's set and rigl baselines'.
/// </summary>
public sealed class SparseTrainingMetrics
{
    public const string MeterName = "Lottery.SparseTraining";

    private readonly Counter<long> moved;
    private readonly Gauge<double> dropFraction;

    public SparseTrainingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        moved = meter.CreateCounter<long>("lottery.mask.updated.weights", "{weight}", "Weights a mask update regrew (as many as it dropped), by method and tensor.");
        dropFraction = meter.CreateGauge<double>("lottery.mask.drop_fraction", null, "The fraction of each tensor's live weights the latest mask update dropped.");
    }

    /// <summary>Records one update of a method at a level.</summary>
    public void Updated(MetricLabels labels, MaskUpdateReport report)
    {
        foreach (var (tensor, count) in report.Moved) moved.Add(count, labels.Tags(KeyValuePair.Create<string, object?>("tensor", tensor)));
        dropFraction.Record(report.DropFraction, labels.Tags());
    }

    /// <summary>The listener a stage gives its mask updates: each method's updates at each level, labelled with the stage.</summary>
    public Action<string, int, MaskUpdateReport> ForStage(string experiment, string stage) =>
        (method, level, report) => Updated(new MetricLabels(experiment, stage, level, method), report);

}
