namespace Lottery.Contracts.SparseTraining;

/// <summary>
/// When a mask updater runs: after every <paramref name="UpdateInterval"/>-th step (counted from 1, the step just
/// taken), up to and including the end step, <paramref name="EndFraction"/> of training (RigL's T_end); never after.
/// Added in contracts 1.3.
/// </summary>
public sealed record MaskUpdateSchedule(int UpdateInterval, double EndFraction)
{
    /// <summary>T_end: the last step at which the mask may change.</summary>
    public long EndStep(long totalSteps) => (long)Math.Floor(EndFraction * totalSteps);

    /// <summary>Whether the mask changes after the given step (the number of optimizer steps taken so far).</summary>
    public bool UpdatesAt(long step, long totalSteps) =>
        UpdateInterval > 0 && step > 0 && step % UpdateInterval == 0 && step <= EndStep(totalSteps);
}
