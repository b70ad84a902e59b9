using System.Diagnostics;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Host.Options;
using static Lottery.Torch.torch;
using Lottery.Host.Runs;

namespace Lottery.Host.Training;

/// <summary>
/// Trains one level from its start step to the end with the mask held fixed (pruned weights are re-zeroed
/// after every step), evaluating on validation and test after each epoch and checkpointing there. The
/// data order of epoch e depends only on the seed and e, and the learning rate only on the step, so a level
/// that resumes from a checkpoint, or starts at the rewind step, sees exactly what an uninterrupted run saw.
/// </summary>
public sealed class LevelTrainer(TrainingOptions training)
{
    /// <param name="updating">Dynamic sparse training: the mask changes at the updater's steps (mask is then null).</param>
    public IReadOnlyList<EpochResult> Train(ArchitectureModel model, DatasetSplits data, MaskedWeights? mask, LevelPlan plan, TrainingHooks hooks, MaskUpdating? updating = null)
    {
        var network = model.Network;
        using var optimizer = OptimizerFactory.Create(training, network.parameters());
        var epochs = new List<EpochResult>();
        var best = double.NegativeInfinity;
        var step = plan.StartStep;
        // The training loss of the epoch under way: the mean over all its batches, those before a stop included.
        double lossSum = 0;
        long batches = 0;
        if (Resume(network, optimizer, plan, hooks, updating) is { } restored)
        {
            (step, best, lossSum, batches) = (restored.Step, restored.BestValidationAccuracy, restored.EpochLossSum, restored.EpochBatches);
            epochs.AddRange(restored.Epochs);
        }
        else
        {
            // A level that starts afresh draws from the same random stream whatever ran before it in this
            // process, so one restarted after a kill (in a new process) sees what an uninterrupted run saw.
            manual_seed(FreshLevelSeed(plan.Level));
        }
        var schedule = new LearningRateSchedule(training, plan.StepsPerEpoch, plan.TotalSteps).Attach(optimizer, step);
        if (updating != null) mask = updating.Hold(network);
        mask?.Apply();
        var started = DateTime.UtcNow;
        while (step < plan.EndStep)
        {
            var epoch = (int)(step / plan.StepsPerEpoch);
            var skip = step % plan.StepsPerEpoch;
            using var order = new Generator((ulong)training.Seed * 1_000_003UL + (ulong)epoch);
            network.train();
            long index = 0;
            foreach (var item in data.Train.Batches(training.BatchSize, order, training.Augment).Scoped())
            {
                using (item)
                {
                    if (index++ < skip) continue;
                    if (step == plan.CaptureStep) hooks.AtCaptureStep?.Invoke(network);
                    var stepStarted = Stopwatch.GetTimestamp();
                    var learningRate = schedule.get_last_lr()[0];
                    var logits = network.call(item.Batch.Inputs);
                    var loss = nn.functional.cross_entropy(logits, item.Batch.Labels);
                    optimizer.zero_grad();
                    loss.backward();
                    optimizer.step();
                    mask?.Apply();
                    schedule.step();
                    var lossValue = loss.item<float>();
                    if (!float.IsFinite(lossValue)) throw new TrainingDivergedException(plan.Level, step, "training loss", lossValue, training.LearningRate);
                    lossSum += lossValue;
                    batches++;
                    step++;
                    // After the step, while the batch's gradients are still there: RigL grows where they are largest.
                    if (updating?.AfterStep(network, optimizer, step, plan.TotalSteps) is { } changed) mask = changed;
                    hooks.OnStep?.Invoke(StepMeasure(plan, step, lossValue, logits, item.Batch.Labels, learningRate, stepStarted));
                    if (step == plan.EndStep) break;
                    if (hooks.Stop.IsCancellationRequested) StopAt(new(step, epochs, best, lossSum, batches), network, optimizer, hooks, plan, updating);
                }
            }
            var result = Evaluate(network, data, plan.Level, (int)((step + plan.StepsPerEpoch - 1) / plan.StepsPerEpoch), batches == 0 ? 0 : lossSum / batches, DateTime.UtcNow - started);
            // Weights that have blown up can keep the training loss finite for a while; evaluation shows them (and could not be saved).
            foreach (var (measure, loss) in new[] { ("validation loss", result.ValidationLoss), ("test loss", result.TestLoss) })
            {
                if (loss is { } value && !double.IsFinite(value)) throw new TrainingDivergedException(plan.Level, step, measure, value, training.LearningRate);
            }
            (started, lossSum, batches) = (DateTime.UtcNow, 0, 0);
            epochs.Add(result);
            // Without a validation split no epoch can be chosen over another: each is the best so far, so the final one is.
            if (result.ValidationAccuracy is not { } accuracy || accuracy > best)
            {
                best = result.ValidationAccuracy ?? best;
                hooks.OnNewBest?.Invoke(network);
            }
            hooks.OnEpoch?.Invoke(result);
            if (hooks.CheckpointPath != null && step < plan.EndStep) TrainingCheckpoint.Save(hooks.CheckpointPath, network, optimizer, new(step, epochs, best), updating);
        }
        if (plan.CaptureStep == plan.EndStep) hooks.AtCaptureStep?.Invoke(network);
        return epochs;
    }

    // The level's checkpoint, loaded into network and optimizer; null when there is none or it is unusable.
    private static TrainingCheckpoint.Progress? Resume(nn.Module network, Lottery.Torch.Optim.Optimizer optimizer, LevelPlan plan, TrainingHooks hooks, MaskUpdating? updating)
    {
        if (hooks.CheckpointPath == null || !File.Exists(hooks.CheckpointPath)) return null;
        try
        {
            return TrainingCheckpoint.Load(hooks.CheckpointPath, network, optimizer, updating);
        }
        catch (IOException e)
        {
            // Verified before anything is loaded: a corrupt checkpoint leaves the model untouched.
            hooks.Warning?.Invoke($"level {plan.Level} restarts: its checkpoint is unusable ({e.Message})");
            File.Delete(hooks.CheckpointPath);
            return null;
        }
    }

    // Golden-ratio mixing gives each level a seed far from the others' and from the small per-epoch data-order seeds.
    private ulong FreshLevelSeed(int level) => unchecked((ulong)training.Seed ^ (0x9E3779B97F4A7C15UL * (ulong)(level + 1)));

    // Only when someone listens: the batch accuracy costs a reduction and a device sync per step.
    private static StepReport StepMeasure(LevelPlan plan, long step, double loss, Tensor logits, Tensor labels, double learningRate, long started)
    {
        var correct = logits.argmax(1).eq(labels).sum().item<long>();
        var batchSize = (int)labels.shape[0];
        return new StepReport(plan, step, loss, batchSize == 0 ? 0 : (double)correct / batchSize, learningRate, batchSize, Stopwatch.GetElapsedTime(started));
    }

    // The checkpoint holds the exact step, so resuming replays the rest of this epoch in the same order.
    private static void StopAt(TrainingCheckpoint.Progress progress, nn.Module network, Lottery.Torch.Optim.Optimizer optimizer, TrainingHooks hooks, LevelPlan plan, MaskUpdating? updating)
    {
        if (hooks.CheckpointPath != null) TrainingCheckpoint.Save(hooks.CheckpointPath, network, optimizer, progress, updating);
        throw new OperationCanceledException(
            $"stopped on request at level {plan.Level} step {progress.Step} of {plan.EndStep}" + (hooks.CheckpointPath == null ? "" : $"; checkpoint written to {hooks.CheckpointPath}: run the same command to resume"), hooks.Stop);
    }

    private EpochResult Evaluate(nn.Module<Tensor, Tensor> network, DatasetSplits data, int level, int epoch, double trainLoss, TimeSpan elapsed)
    {
        var batchSize = training.BatchSize * 8;
        (double? Accuracy, double? Loss) validation = data.Validation.Count == 0 ? (null, null) : Evaluation.Run(network, data.Validation, batchSize);
        var (testAccuracy, testLoss) = Evaluation.Run(network, data.Test, batchSize);
        return new EpochResult(level, epoch, trainLoss, validation.Accuracy, validation.Loss, testAccuracy, testLoss, elapsed);
    }
}
