namespace Lottery.Torch.Optim;

/// <summary>
/// A saved learning-rate schedule: where it is (last_epoch, and the step count PyTorch's CosineAnnealingLR
/// reads), the lrs it started from and the last lrs it set. Settings such as milestones are configuration, not
/// state: build the schedule as before, then load. Serialises as plain JSON.
/// </summary>
public sealed record LRSchedulerState(int LastEpoch, int StepCount, IReadOnlyList<double> BaseLrs, IReadOnlyList<double> LastLr)
{
    /// <summary>The states of the schedules a composite schedule drives (<see cref="SequentialLR"/>), in order.</summary>
    public IReadOnlyList<LRSchedulerState> Schedulers { get; init; } = [];
}
