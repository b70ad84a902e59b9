namespace Lottery.Torch.Optim;

/// <summary>Multiplies the lr by gamma at each milestone epoch (a milestone listed twice applies gamma twice).</summary>
public sealed class MultiStepLR : LRScheduler
{
    private readonly Dictionary<int, int> counts;
    private readonly int[] sorted;
    private readonly double gamma;

    public MultiStepLR(Optimizer optimizer, IEnumerable<int> milestones, double gamma = 0.1, int last_epoch = -1)
        : base(optimizer, last_epoch)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        sorted = milestones.Order().ToArray();
        counts = sorted.CountBy(m => m).ToDictionary();
        this.gamma = gamma;
        InitialStep();
    }

    protected override double[] get_lr()
    {
        var lrs = GroupLrs();
        if (!counts.TryGetValue(last_epoch, out var count)) return lrs;
        return lrs.Select(lr => lr * Math.Pow(gamma, count)).ToArray();
    }

    protected override double[] get_closed_form_lr()
    {
        var passed = sorted.Count(m => m <= last_epoch);
        return base_lrs.Select(lr => lr * Math.Pow(gamma, passed)).ToArray();
    }
}
