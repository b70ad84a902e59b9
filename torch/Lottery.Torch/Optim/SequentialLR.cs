namespace Lottery.Torch.Optim;

/// <summary>
/// Runs schedules one after another, switching at the milestones, e.g. a LinearLR warmup for 5 epochs, then
/// MultiStepLR. Each later schedule restarts at its own epoch 0 from the base lrs when its milestone is reached,
/// so its milestones count from there. As PyTorch 1.13's SequentialLR, construction included: the schedules are
/// built on the optimizer first, then this undoes their first steps and takes only the first schedule's.
/// </summary>
public sealed class SequentialLR : LRScheduler
{
    private readonly LRScheduler[] schedulers;
    private readonly int[] milestones;

    public SequentialLR(Optimizer optimizer, IEnumerable<LRScheduler> schedulers, IEnumerable<int> milestones, int last_epoch = -1)
        : base(optimizer, last_epoch)
    {
        ArgumentNullException.ThrowIfNull(schedulers);
        ArgumentNullException.ThrowIfNull(milestones);
        this.schedulers = schedulers.ToArray();
        this.milestones = milestones.ToArray();
        if (this.schedulers.Length == 0) throw new ArgumentException("SequentialLR needs at least one schedule", nameof(schedulers));
        for (var i = 0; i < this.schedulers.Length; i++)
        {
            if (!ReferenceEquals(this.schedulers[i].optimizer, optimizer))
            {
                throw new ArgumentException($"schedulers[{i}] belongs to a different optimizer", nameof(schedulers));
            }
        }
        if (this.milestones.Length != this.schedulers.Length - 1)
        {
            throw new ArgumentException($"{this.schedulers.Length} schedules need {this.schedulers.Length - 1} milestones, " +
                $"got {this.milestones.Length}", nameof(milestones));
        }
        if (!this.milestones.Order().SequenceEqual(this.milestones))
        {
            throw new ArgumentException("milestones must be in increasing order", nameof(milestones));
        }

        this.last_epoch = last_epoch + 1;
        foreach (var group in optimizer.param_groups) group.lr = group.initial_lr!.Value;
        foreach (var scheduler in this.schedulers) scheduler.last_epoch--;
        this.schedulers[0].InitialStep();
        SetLastLr(this.schedulers[0].get_last_lr());
    }

    public override LRSchedulerState state_dict() =>
        base.state_dict() with { Schedulers = schedulers.Select(s => s.state_dict()).ToArray() };

    public override void load_state_dict(LRSchedulerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Schedulers.Count != schedulers.Length)
        {
            throw new ArgumentException($"the state holds {state.Schedulers.Count} schedules, this SequentialLR has {schedulers.Length}");
        }
        base.load_state_dict(state);
        for (var i = 0; i < schedulers.Length; i++) schedulers[i].load_state_dict(state.Schedulers[i]);
    }

    /// <summary>Steps the schedule whose interval holds the new epoch, restarting it at 0 on its milestone.</summary>
    protected override double[] get_lr()
    {
        var index = milestones.Count(m => m <= last_epoch);
        var active = schedulers[index];
        if (index > 0 && milestones[index - 1] == last_epoch) active.StepTo(0);
        else active.step();
        return active.get_last_lr().ToArray();
    }
}
