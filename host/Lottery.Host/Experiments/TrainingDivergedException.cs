namespace Lottery.Host.Experiments;

/// <summary>
/// The loss became NaN or infinite: the level stops at once (its last checkpoint and every earlier level
/// stay on disk) and the message says where, so the user can lower the learning rate and run again.
/// </summary>
public sealed class TrainingDivergedException(int level, long step, double loss)
    : InvalidOperationException($"level {level} diverged at step {step}: the training loss is {loss}; the level stops here and earlier levels are kept. Lower Lottery:Training:LearningRate (or add Warmup) and run again")
{
    public int Level { get; } = level;
}
