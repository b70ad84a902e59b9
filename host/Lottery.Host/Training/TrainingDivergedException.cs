using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>
/// A loss (training, validation or test) became NaN or infinite: the level stops at once (its last checkpoint and
/// every earlier level stay on disk) and the message says where, and which setting to change, so the user can run again.
/// </summary>
public sealed class TrainingDivergedException(int level, long step, string measure, double loss, double learningRate)
    : InvalidOperationException(FormattableString.Invariant(
        $"level {level} diverged at step {step}: the {measure} is {loss}, expected a finite loss; the level stops here and earlier levels are kept. Lower Lottery:Training:LearningRate = {learningRate} (or add Lottery:Training:Warmup) and run again"))
{
    public int Level { get; } = level;
}
