using Lottery.Torch.Modules;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>The lottery ticket papers prune conv and linear weights only: biases and BatchNorm stay dense.</summary>
public static class PrunableWeights
{
    /// <summary>The parameter names of every Linear and Conv2d weight of network, in module order.</summary>
    public static IReadOnlyList<string> Of(nn.Module network) =>
        network.named_modules()
            .Where(m => m.module is Linear or Conv2d)
            .Select(m => $"{m.name}.weight")
            .ToList();
}
