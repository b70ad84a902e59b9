using System.Diagnostics;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Host.Options;
using static Lottery.Torch.torch;

namespace Lottery.Host.Experiments;

/// <summary>
/// Trains one level from its start step to the end with the mask held fixed (pruned weights are re-zeroed
/// after every step), evaluating on validation and test after each epoch and checkpointing there. The
/// data order of epoch e depends only on the seed and e, and the learning rate only on the step, so a level
/// that resumes from a checkpoint, or starts at the rewind step, sees exactly what an uninterrupted run saw.
/// </summary>
public sealed class LevelTrainer(TrainingOptions training)
{
    public IReadOnlyList<EpochResult> Train(ArchitectureModel model, DatasetSplits data, MaskedWeights? mask, LevelPlan plan, TrainingHooks hooks)
    {
        var network = model.Network;
        using var optimizer = OptimizerFactory.Create(training, network.parameters());
        var epochs = new List<EpochResult>();
        var best = double.NegativeInfinity;
        var step = plan.StartStep;
        if (hooks.CheckpointPath != null && File.Exists(hooks.CheckpointPath))
        {
            try
            {
                var restored = TrainingCheckpoint.Load(hooks.CheckpointPath, network, optimizer);
                (step, best) = (restored.Step, restored.BestValidationAccuracy);
                epochs.AddRange(restored.Epochs);
            }
            catch (IOException e)
            {
                // Verified before anything is loaded: a corrupt checkpoint leaves the model untouched.
                hooks.Warning?.Invoke($"level {plan.Level} restarts: its checkpoint is unusable ({e.Message})");
                File.Delete(hooks.CheckpointPath);
            }
        }
        var schedule = new LearningRateSchedule(training, plan.StepsPerEpoch, plan.TotalSteps).Attach(optimizer, step);
        mask?.Apply();
        var started = DateTime.UtcNow;
        while (step < plan.TotalSteps)
        {
            var epoch = (int)(step / plan.StepsPerEpoch);
            var skip = step % plan.StepsPerEpoch;
            using var order = new Generator((ulong)training.Seed * 1_000_003UL + (ulong)epoch);
            network.train();
            double lossSum = 0;
            long batches = 0, index = 0;
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
                    if (!float.IsFinite(lossValue)) throw new TrainingDivergedException(plan.Level, step, lossValue);
                    lossSum += lossValue;
                    batches++;
                    step++;
                    hooks.OnStep?.Invoke(StepMeasure(plan, step, lossValue, logits, item.Batch.Labels, learningRate, stepStarted));
                    if (step == plan.TotalSteps) break;
                    if (hooks.StopRequested?.Invoke() == true) StopAt(step, network, optimizer, epochs, best, hooks, plan);
                }
            }
            var result = Evaluate(network, data, plan.Level, (int)((step + plan.StepsPerEpoch - 1) / plan.StepsPerEpoch), batches == 0 ? 0 : lossSum / batches, DateTime.UtcNow - started);
            started = DateTime.UtcNow;
            epochs.Add(result);
            if (result.ValidationAccuracy > best)
            {
                best = result.ValidationAccuracy;
                hooks.OnNewBest?.Invoke(network);
            }
            hooks.OnEpoch?.Invoke(result);
            if (hooks.CheckpointPath != null && step < plan.TotalSteps) TrainingCheckpoint.Save(hooks.CheckpointPath, network, optimizer, step, epochs, best);
        }
        if (plan.CaptureStep == plan.TotalSteps) hooks.AtCaptureStep?.Invoke(network);
        return epochs;
    }

    // Only when someone listens: the batch accuracy costs a reduction and a device sync per step.
    private static StepReport StepMeasure(LevelPlan plan, long step, double loss, Tensor logits, Tensor labels, double learningRate, long started)
    {
        var correct = logits.argmax(1).eq(labels).sum().item<long>();
        var batchSize = (int)labels.shape[0];
        return new StepReport(plan, step, loss, batchSize == 0 ? 0 : (double)correct / batchSize, learningRate, batchSize, Stopwatch.GetElapsedTime(started));
    }

    // The checkpoint holds the exact step, so resuming replays the rest of this epoch in the same order.
    private static void StopAt(long step, nn.Module network, Lottery.Torch.Optim.Optimizer optimizer, List<EpochResult> epochs, double best,
        TrainingHooks hooks, LevelPlan plan)
    {
        if (hooks.CheckpointPath != null) TrainingCheckpoint.Save(hooks.CheckpointPath, network, optimizer, step, epochs, best);
        throw new Hosting.RunStoppedException(
            $"stopped on request at level {plan.Level} step {step} of {plan.TotalSteps}" + (hooks.CheckpointPath == null ? "" : $"; checkpoint written to {hooks.CheckpointPath}: run the same command to resume"));
    }

    private EpochResult Evaluate(nn.Module<Tensor, Tensor> network, DatasetSplits data, int level, int epoch, double trainLoss, TimeSpan elapsed)
    {
        var batchSize = training.BatchSize * 8;
        var (valAccuracy, valLoss) = Evaluation.Run(network, data.Validation, batchSize);
        var (testAccuracy, testLoss) = Evaluation.Run(network, data.Test, batchSize);
        return new EpochResult(level, epoch, trainLoss, valAccuracy, valLoss, testAccuracy, testLoss, elapsed);
    }
}
