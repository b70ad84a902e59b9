using Lottery.Contracts.Architectures;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The <c>lenet</c> architecture: a <see cref="LeNet"/> over the flattened input (C*H*W features) with the
/// variant's hidden widths. Every Linear weight is prunable; the output layer's weight is the one that
/// experiments usually keep dense.
/// </summary>
public sealed class LeNetArchitecture : IArchitecture
{
    public const string Name = "lenet";

    /// <summary>The host creates every strategy with its bound options; LeNet has none yet.</summary>
    public LeNetArchitecture(LeNetOptions options) => ArgumentNullException.ThrowIfNull(options);

    public ArchitectureModel Create(ArchitectureSpec spec)
    {
        var hiddenWidths = LeNetVariant.Parse(spec.Variant);
        if (spec.InputShape.Length == 0 || spec.InputShape.Any(size => size <= 0))
        {
            throw new ArgumentException($"{spec}: the input shape must be positive sizes (channels, height, width)", nameof(spec));
        }
        var network = new LeNet(spec.InputShape.Aggregate(1L, (product, size) => product * size), ImageInput.ClassesOf(spec), hiddenWidths);
        var prunable = PrunableWeights.Of(network);
        return new ArchitectureModel(spec, network, prunable, [prunable[^1]], []);
    }
}
