using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Torch.Modules;

/// <summary>PyTorch's default initialisation of Linear and Conv2d, so fresh models match PyTorch's statistics.</summary>
internal static class DefaultInitialization
{
    internal static void Apply(Parameter weight, Parameter? bias)
    {
        init.kaiming_uniform_(weight, a: Math.Sqrt(5));
        if (bias == null) return;
        var (fanIn, _) = init.calculate_fan_in_and_fan_out(weight);
        var bound = fanIn > 0 ? 1 / Math.Sqrt(fanIn) : 0;
        init.uniform_(bias, -bound, bound);
    }
}
