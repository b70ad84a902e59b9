using static Lottery.Torch.torch;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>
/// What one level trains: steps StartStep..TotalSteps (a level after 0 starts at the rewind step), with
/// StepsPerEpoch batches per epoch; CaptureStep is when level 0 saves the rewind weights. StopStep, when set, ends
/// the training there instead (the learning-rate schedule still spans TotalSteps): training only as far as the
/// rewind point gives the weights level 0 saves there.
/// </summary>
public sealed record LevelPlan(int Level, long StartStep, long TotalSteps, int StepsPerEpoch, long? CaptureStep, long? StopStep = null)
{
    /// <summary>The step the training ends at.</summary>
    public long EndStep => StopStep ?? TotalSteps;
}

/// <summary>
/// Where training reports to: the rewind point reached, a new best validation accuracy, each evaluated
/// epoch, each step (null: the trainer skips measuring it), where its checkpoint lives (null: no checkpoints),
/// and whether a stop was requested (checked after every step).
/// </summary>
public sealed record TrainingHooks(
    string? CheckpointPath = null,
    Action<nn.Module>? AtCaptureStep = null,
    Action<nn.Module>? OnNewBest = null,
    Action<EpochResult>? OnEpoch = null,
    CancellationToken Stop = default,
    Action<string>? Warning = null,
    Action<StepReport>? OnStep = null);
