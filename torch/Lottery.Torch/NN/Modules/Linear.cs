using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Torch.Modules;

/// <summary>y = x W^T + b, initialised as PyTorch does (Kaiming-uniform with a = sqrt(5), bias U(±1/sqrt(fan_in))).</summary>
public sealed class Linear : Module<Tensor, Tensor>
{
    public Linear(long in_features, long out_features, bool hasBias = true, Device? device = null, ScalarType dtype = ScalarType.Float32)
    {
        if (in_features <= 0 || out_features <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(in_features), $"Linear needs positive sizes, got {in_features} -> {out_features}");
        }
        this.in_features = in_features;
        this.out_features = out_features;
        using var scope = NewDisposeScope();
        register_parameter("weight", new Parameter(empty([out_features, in_features], dtype, device)));
        register_parameter("bias", hasBias ? new Parameter(empty([out_features], dtype, device)) : null);
        reset_parameters();
    }

    public long in_features { get; }

    public long out_features { get; }

    public Parameter weight => get_parameter("weight")!;

    public Parameter? bias => get_parameter("bias");

    public void reset_parameters() => DefaultInitialization.Apply(weight, bias);

    public override Tensor forward(Tensor input) => functional.linear(input, weight, bias);
}
