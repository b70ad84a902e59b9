using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Torch.Modules;

public sealed class ReLU(bool inplace = false) : Module<Tensor, Tensor>
{
    public override Tensor forward(Tensor input) => inplace ? input.relu_() : input.relu();
}

public sealed class Identity : Module<Tensor, Tensor>
{
    public override Tensor forward(Tensor input) => input.alias();
}

/// <summary>Zeroes elements with probability p in training mode (scaling the rest by 1/(1-p)); identity in eval mode.</summary>
public sealed class Dropout(double p = 0.5) : Module<Tensor, Tensor>
{
    public double p { get; } = p is >= 0 and <= 1 ? p : throw new ArgumentOutOfRangeException(nameof(p), p, "dropout probability must be in [0, 1]");

    public override Tensor forward(Tensor input) => functional.dropout(input, p, training);
}

public sealed class Flatten(long start_dim = 1, long end_dim = -1) : Module<Tensor, Tensor>
{
    public override Tensor forward(Tensor input) => input.flatten(start_dim, end_dim);
}
