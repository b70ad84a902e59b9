using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>
/// One optimizer step as it finished: Step is the number of steps done in the level's plan, Loss and Accuracy
/// are the batch's, LearningRate the rate the step used and Duration its wall time (the loss read back, so
/// asynchronous devices are included). For progress bars and the training metrics.
/// </summary>
public sealed record StepReport(LevelPlan Plan, long Step, double Loss, double Accuracy, double LearningRate, int BatchSize, TimeSpan Duration)
{
    /// <summary>The 0-based epoch this step belongs to.</summary>
    public int Epoch => (int)((Step - 1) / Plan.StepsPerEpoch);

    /// <summary>Steps of that epoch done, 1..StepsPerEpoch.</summary>
    public long StepInEpoch => Step - (long)Epoch * Plan.StepsPerEpoch;
}
