namespace Lottery.Torch.Optim;

/// <summary>
/// Cosine annealing from each base lr down to eta_min over T_max epochs (SGDR without restarts); past T_max the
/// cosine continues, rising again. PyTorch's recursive form, term for term.
/// </summary>
public sealed class CosineAnnealingLR : LRScheduler
{
    private readonly int T_max;
    private readonly double eta_min;

    public CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min = 0, int last_epoch = -1)
        : base(optimizer, last_epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(T_max);
        this.T_max = T_max;
        this.eta_min = eta_min;
        InitialStep();
    }

    protected override double[] get_lr()
    {
        var lrs = GroupLrs();
        if (last_epoch == 0) return lrs;
        // A schedule created mid-run (last_epoch given) has no previous lr to recurse from.
        if (step_count == 1 && last_epoch > 0)
        {
            return base_lrs.Select(b => eta_min + (b - eta_min) * (1 + Math.Cos(last_epoch * Math.PI / T_max)) / 2).ToArray();
        }
        // At the bottom of the cosine the recursive ratio would divide by zero; PyTorch adds the step instead.
        if ((last_epoch - 1 - T_max) % (2 * T_max) == 0)
        {
            return lrs.Zip(base_lrs, (lr, b) => lr + (b - eta_min) * (1 - Math.Cos(Math.PI / T_max)) / 2).ToArray();
        }
        return lrs.Select(lr => (1 + Math.Cos(Math.PI * last_epoch / T_max)) /
            (1 + Math.Cos(Math.PI * (last_epoch - 1) / T_max)) * (lr - eta_min) + eta_min).ToArray();
    }

    protected override double[] get_closed_form_lr() =>
        base_lrs.Select(b => eta_min + (b - eta_min) * (1 + Math.Cos(Math.PI * last_epoch / T_max)) / 2).ToArray();
}
