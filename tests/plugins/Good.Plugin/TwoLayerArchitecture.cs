using System.Globalization;
using Lottery.Contracts.Architectures;
using static Lottery.Torch.torch;

namespace Lottery.TestPlugins.Good;

/// <summary>The smallest network with a hidden layer to prune besides the output layer.</summary>
public sealed class TwoLayerArchitecture(TwoLayerOptions options) : IArchitecture
{
    public ArchitectureModel Create(ArchitectureSpec spec)
    {
        if (!int.TryParse(spec.Variant, NumberStyles.None, CultureInfo.InvariantCulture, out var hidden) || hidden < 1)
        {
            throw new ArgumentException($"variant '{spec.Variant}' is not a hidden width: expected a positive integer such as 16");
        }
        var features = spec.InputShape.Aggregate(1L, (product, size) => product * size);
        var network = nn.Sequential(
            ("flatten", nn.Flatten()),
            ("hidden", nn.Linear(features, hidden, options.Bias)),
            ("relu", nn.ReLU()),
            ("output", nn.Linear(hidden, spec.Classes, options.Bias)));
        var output = options.Bias ? new[] { "output.weight", "output.bias" } : ["output.weight"];
        return new ArchitectureModel(spec, network, ["hidden.weight", "output.weight"], output, []);
    }
}
