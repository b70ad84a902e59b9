using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// <c>shot_noise</c>: photon noise, Poisson(x * rate) / rate with rates 500 .. 50 (CIFAR-10-C's strengths). At
/// these rates the Poisson count is close to normal, so it is drawn as x + sqrt(x / rate) * N(0, 1): the binding
/// has no Poisson sampler, and the approximation keeps what matters, noise growing with brightness.
/// </summary>
public sealed class ShotNoise : ICorruption
{
    private static readonly double[] Rate = [500, 250, 100, 75, 50];

    public string Name => "shot_noise";

    public Tensor Apply(Tensor pixels, int severity, Generator generator) =>
        pixels.add(pixels.clamp_min(0).div(Severity.Of(Rate, severity)).sqrt_().mul_(Severity.Normal(pixels, generator)));
}
