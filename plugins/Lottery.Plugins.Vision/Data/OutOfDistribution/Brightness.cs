using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// <c>brightness</c>: 0.05 .. 0.3 added to every value (CIFAR-10-C's strengths, which it adds to the HSV value;
/// for grey images the two are the same), saturating at white.
/// </summary>
public sealed class Brightness : ICorruption
{
    private static readonly double[] Added = [0.05, 0.1, 0.15, 0.2, 0.3];

    public string Name => "brightness";

    public Tensor Apply(Tensor pixels, int severity, Generator generator) => pixels.add(Severity.Of(Added, severity));
}
