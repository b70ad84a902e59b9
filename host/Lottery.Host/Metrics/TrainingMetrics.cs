using System.Diagnostics.Metrics;
using Lottery.Host.Stages;
using Lottery.Host.Training;

namespace Lottery.Host.Metrics;

/// <summary>
/// The training instruments (meter Lottery.Training): what each step, epoch and level reports, as
/// counters, gauges and a step-time histogram. <see cref="ForImp"/> turns them into a listener on an IMP run.
/// </summary>
public sealed class TrainingMetrics
{
    public const string MeterName = "Lottery.Training";

    // From a millisecond (a small network on a GPU) to a minute (a large one on a CPU).
    private static readonly double[] StepSeconds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Counter<long> samples;
    private readonly Counter<long> steps;
    private readonly Gauge<double> trainLoss;
    private readonly Gauge<double> trainAccuracy;
    private readonly Gauge<double> learningRate;
    private readonly Histogram<double> stepDuration;
    private readonly Gauge<double> evalAccuracy;
    private readonly Gauge<double> evalLoss;
    private readonly Gauge<double> density;
    private readonly Gauge<int> level;
    private readonly Gauge<int> epoch;

    public TrainingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        samples = meter.CreateCounter<long>("lottery.train.samples", "{sample}", "Training samples processed.");
        steps = meter.CreateCounter<long>("lottery.train.steps", "{step}", "Optimizer steps taken.");
        trainLoss = meter.CreateGauge<double>("lottery.train.loss", null, "Loss of the last training batch.");
        trainAccuracy = meter.CreateGauge<double>("lottery.train.accuracy", null, "Accuracy (0..1) of the last training batch.");
        learningRate = meter.CreateGauge<double>("lottery.learning_rate", null, "Learning rate of the last step.");
        stepDuration = meter.CreateHistogram("lottery.step.duration", "s", "Wall time of one optimizer step, forward to loss read back.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StepSeconds });
        evalAccuracy = meter.CreateGauge<double>("lottery.eval.accuracy", null, "Accuracy (0..1) at the last evaluation, by split (val, test, ood).");
        evalLoss = meter.CreateGauge<double>("lottery.eval.loss", null, "Mean loss at the last evaluation, by split (val, test, ood).");
        density = meter.CreateGauge<double>("lottery.density", null, "Fraction (0..1) of prunable weights a level keeps.");
        level = meter.CreateGauge<int>("lottery.imp.level", null, "The IMP level being trained.");
        epoch = meter.CreateGauge<int>("lottery.epoch", null, "Epochs a level has finished.");
    }

    public void RecordStep(MetricLabels labels, StepReport step)
    {
        var tags = labels.Tags();
        samples.Add(step.BatchSize, tags);
        steps.Add(1, tags);
        trainLoss.Record(step.Loss, tags);
        trainAccuracy.Record(step.Accuracy, tags);
        learningRate.Record(step.LearningRate, tags);
        stepDuration.Record(step.Duration.TotalSeconds, tags);
    }

    /// <summary>An evaluation on split "val", "test" or "ood".</summary>
    public void RecordEvaluation(MetricLabels labels, string split, double accuracy, double loss)
    {
        var tags = labels.Tags(new KeyValuePair<string, object?>("split", split));
        evalAccuracy.Record(accuracy, tags);
        evalLoss.Record(loss, tags);
    }

    public void RecordEpoch(MetricLabels labels, int finishedEpochs) => epoch.Record(finishedEpochs, labels.Tags());

    public void RecordLevel(MetricLabels labels, int current, double levelDensity)
    {
        level.Record(current, (labels with { Level = null }).Tags());
        density.Record(levelDensity, labels.AtLevel(current).Tags());
    }

    /// <summary>A listener that records an IMP run's progress under <paramref name="run"/> (its level filled in per event).</summary>
    public ImpProgress ForImp(MetricLabels run) => new(
        LevelStarted: (current, levelDensity, _) => RecordLevel(run, current, levelDensity),
        Epoch: result =>
        {
            var labels = run.AtLevel(result.Level);
            // No validation split (ValidationSize 0): no val series rather than a made-up value.
            if (result.ValidationAccuracy is { } valAccuracy && result.ValidationLoss is { } valLoss) RecordEvaluation(labels, "val", valAccuracy, valLoss);
            RecordEvaluation(labels, "test", result.TestAccuracy, result.TestLoss);
            RecordEpoch(labels, result.Epoch);
        },
        Step: step => RecordStep(run.AtLevel(step.Plan.Level), step));
}
