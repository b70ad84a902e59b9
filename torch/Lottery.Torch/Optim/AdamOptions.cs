namespace Lottery.Torch.Optim;

/// <summary>
/// The hyperparameters of <see cref="Adam"/> and <see cref="AdamW"/> (the same numbers; the two differ only in
/// how weight_decay acts). beta1 and beta2 are PyTorch's betas, split as in TorchSharp.
/// </summary>
public sealed record AdamOptions(double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8,
    double weight_decay = 0, bool amsgrad = false, bool maximize = false) : OptimizerOptions(lr)
{
    public override void Validate()
    {
        base.Validate();
        Require(eps >= 0, nameof(eps), eps, "must be >= 0");
        Require(beta1 >= 0 && beta1 < 1, nameof(beta1), beta1, "must be in [0, 1)");
        Require(beta2 >= 0 && beta2 < 1, nameof(beta2), beta2, "must be in [0, 1)");
        Require(weight_decay >= 0, nameof(weight_decay), weight_decay, "must be >= 0");
    }
}
