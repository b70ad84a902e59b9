namespace Lottery.Torch.Optim;

/// <summary>
/// Scales each lr by a factor moving linearly from start_factor to end_factor over total_iters epochs, then
/// holding: a linear warmup with start_factor &lt; 1 and end_factor 1.
/// </summary>
public sealed class LinearLR : LRScheduler
{
    private readonly double start_factor;
    private readonly double end_factor;
    private readonly int total_iters;

    public LinearLR(Optimizer optimizer, double start_factor = 1.0 / 3, double end_factor = 1.0, int total_iters = 5,
        int last_epoch = -1) : base(optimizer, last_epoch)
    {
        // start_factor 0 would make the chainable rule divide by zero (PyTorch 1.13 accepts it and then fails).
        if (start_factor <= 0 || start_factor > 1) throw new ArgumentOutOfRangeException(nameof(start_factor), start_factor, "must be in (0, 1]");
        if (end_factor < 0 || end_factor > 1) throw new ArgumentOutOfRangeException(nameof(end_factor), end_factor, "must be in [0, 1]");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total_iters);
        this.start_factor = start_factor;
        this.end_factor = end_factor;
        this.total_iters = total_iters;
        InitialStep();
    }

    protected override double[] get_lr()
    {
        var lrs = GroupLrs();
        if (last_epoch == 0) return lrs.Select(lr => lr * start_factor).ToArray();
        if (last_epoch > total_iters) return lrs;
        // The ratio of this epoch's factor to the previous one's.
        return lrs.Select(lr => lr * (1.0 + (end_factor - start_factor) /
            (total_iters * start_factor + (last_epoch - 1) * (end_factor - start_factor)))).ToArray();
    }

    protected override double[] get_closed_form_lr() =>
        base_lrs.Select(b => b * (start_factor + (end_factor - start_factor) * Math.Min(total_iters, last_epoch) / total_iters)).ToArray();
}
