namespace Lottery.Torch.Optim;

/// <summary>Sets each lr to its base lr times a function of the epoch (one function, or one per group).</summary>
public sealed class LambdaLR : LRScheduler
{
    private readonly Func<int, double>[] lr_lambdas;

    public LambdaLR(Optimizer optimizer, Func<int, double> lr_lambda, int last_epoch = -1)
        : this(optimizer, Enumerable.Repeat(lr_lambda, optimizer.param_groups.Count).ToArray(), last_epoch)
    {
    }

    public LambdaLR(Optimizer optimizer, IReadOnlyList<Func<int, double>> lr_lambdas, int last_epoch = -1)
        : base(optimizer, last_epoch)
    {
        ArgumentNullException.ThrowIfNull(lr_lambdas);
        if (lr_lambdas.Count != optimizer.param_groups.Count)
        {
            throw new ArgumentException($"expected {optimizer.param_groups.Count} lr_lambdas (one per group), got {lr_lambdas.Count}");
        }
        this.lr_lambdas = lr_lambdas.ToArray();
        InitialStep();
    }

    protected override double[] get_lr() => base_lrs.Select((b, i) => b * lr_lambdas[i](last_epoch)).ToArray();
}
