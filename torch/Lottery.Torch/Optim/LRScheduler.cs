namespace Lottery.Torch.Optim;

/// <summary>
/// The base of the learning-rate schedules, as PyTorch's _LRScheduler: step() advances last_epoch and writes the
/// next lr into every parameter group. Subclasses give PyTorch's chainable rule, which computes from the groups'
/// current lr in the same floating-point order as PyTorch, so the sequence of lrs is PyTorch's, and changes made
/// by another schedule on the same optimizer compose as they do there.
/// </summary>
public abstract class LRScheduler
{
    private double[] lastLr = [];

    /// <summary>
    /// Records the base lrs. A derived constructor sets its own fields and then calls <see cref="InitialStep"/>,
    /// as PyTorch's subclasses set theirs before the base constructor takes the first step.
    /// </summary>
    /// <param name="optimizer">The optimizer whose group lrs this schedule writes.</param>
    /// <param name="last_epoch">-1 to start; otherwise the epoch a resumed schedule is at (the groups then need initial_lr).</param>
    protected LRScheduler(Optimizer optimizer, int last_epoch)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        this.optimizer = optimizer;
        var groups = optimizer.param_groups;
        for (var i = 0; i < groups.Count; i++)
        {
            if (last_epoch == -1) groups[i].initial_lr ??= groups[i].lr;
            else if (groups[i].initial_lr is null)
            {
                throw new ArgumentException($"param_groups[{i}] has no initial_lr; a schedule resumed at last_epoch {last_epoch} " +
                    "needs the optimizer state of the run it continues");
            }
        }
        base_lrs = groups.Select(g => g.initial_lr!.Value).ToArray();
        this.last_epoch = last_epoch;
    }

    public Optimizer optimizer { get; }

    /// <summary>Each group's initial_lr when the schedule was created.</summary>
    public IReadOnlyList<double> base_lrs { get; private set; }

    /// <summary>The epoch (or iteration) of the lrs last set; 0 after construction.</summary>
    public int last_epoch { get; internal set; }

    /// <summary>Steps taken since the initial step (PyTorch's _step_count); CosineAnnealingLR reads it.</summary>
    protected int step_count { get; private set; }

    /// <summary>The lr of each group as this schedule last set it.</summary>
    public IReadOnlyList<double> get_last_lr() => lastLr;

    public void step()
    {
        step_count++;
        last_epoch++;
        Apply(get_lr());
    }

    /// <summary>The state to save; <see cref="load_state_dict"/> on a schedule built the same way resumes it.</summary>
    public virtual LRSchedulerState state_dict() => new(last_epoch, step_count, base_lrs.ToArray(), lastLr.ToArray());

    public virtual void load_state_dict(LRSchedulerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var groups = optimizer.param_groups.Count;
        if (state.BaseLrs.Count != groups || state.LastLr.Count != groups)
        {
            throw new ArgumentException($"the schedule state has {state.BaseLrs.Count} base lrs and {state.LastLr.Count} last lrs, " +
                $"but the optimizer has {groups} parameter groups");
        }
        last_epoch = state.LastEpoch;
        step_count = state.StepCount;
        base_lrs = state.BaseLrs.ToArray();
        lastLr = state.LastLr.ToArray();
    }

    /// <summary>PyTorch's _initial_step: the first step, to epoch 0, counted as step 1.</summary>
    protected internal void InitialStep()
    {
        step_count = 0;
        step();
    }

    /// <summary>
    /// Jumps to an epoch and sets the closed-form lrs there: PyTorch's deprecated step(epoch), which SequentialLR
    /// still uses to restart a schedule at 0 when its milestone is reached.
    /// </summary>
    internal void StepTo(int epoch)
    {
        step_count++;
        last_epoch = epoch;
        Apply(get_closed_form_lr());
    }

    /// <summary>The lr of each group for the epoch just reached (PyTorch's chainable get_lr).</summary>
    protected abstract double[] get_lr();

    /// <summary>The lr of each group at last_epoch from base_lrs alone; schedules without one use <see cref="get_lr"/>.</summary>
    protected virtual double[] get_closed_form_lr() => get_lr();

    /// <summary>The groups' current lrs, the input of the chainable rules.</summary>
    protected double[] GroupLrs() => optimizer.param_groups.Select(g => g.lr).ToArray();

    /// <summary>Sets the last lrs directly, for a schedule whose step delegates to others.</summary>
    protected void SetLastLr(IReadOnlyList<double> lrs) => lastLr = lrs.ToArray();

    private void Apply(double[] lrs)
    {
        var groups = optimizer.param_groups;
        // Pairwise like PyTorch's zip: a group added after the schedule was created is not scheduled.
        for (var i = 0; i < Math.Min(lrs.Length, groups.Count); i++) groups[i].lr = lrs[i];
        lastLr = groups.Select(g => g.lr).ToArray();
    }
}
