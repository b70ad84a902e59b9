namespace Lottery.Torch.Optim;

/// <summary>The hyperparameters of <see cref="SGD"/>, with torch.optim.SGD's meanings and checks.</summary>
public sealed record SGDOptions(double lr, double momentum = 0, double dampening = 0, double weight_decay = 0,
    bool nesterov = false, bool maximize = false) : OptimizerOptions(lr)
{
    public override void Validate()
    {
        base.Validate();
        Require(momentum >= 0, nameof(momentum), momentum, "must be >= 0");
        Require(weight_decay >= 0, nameof(weight_decay), weight_decay, "must be >= 0");
        // Nesterov's look-ahead is defined on the undamped buffer; PyTorch rejects the other combinations.
        Require(!nesterov || (momentum > 0 && dampening == 0), nameof(nesterov), nesterov,
            "needs momentum > 0 and dampening 0");
    }
}
