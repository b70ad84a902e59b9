using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary><c>gaussian_noise</c>: additive normal noise of standard deviation 0.04 .. 0.10 (CIFAR-10-C's strengths).</summary>
public sealed class GaussianNoise : ICorruption
{
    private static readonly double[] Sigma = [0.04, 0.06, 0.08, 0.09, 0.10];

    public string Name => "gaussian_noise";

    public Tensor Apply(Tensor pixels, int severity, Generator generator) =>
        pixels.add(Severity.Normal(pixels, generator).mul_(Severity.Of(Sigma, severity)));
}
