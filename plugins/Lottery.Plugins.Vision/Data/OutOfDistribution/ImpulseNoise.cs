using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// <c>impulse_noise</c>: salt and pepper, a fraction 0.01 .. 0.07 of the values (CIFAR-10-C's amounts) set to
/// black or white with equal chance.
/// </summary>
public sealed class ImpulseNoise : ICorruption
{
    private static readonly double[] Amount = [0.01, 0.02, 0.03, 0.05, 0.07];

    public string Name => "impulse_noise";

    public Tensor Apply(Tensor pixels, int severity, Generator generator)
    {
        var hit = Severity.Uniform(pixels, generator).lt(Severity.Of(Amount, severity));
        var salt = Severity.Uniform(pixels, generator).lt(0.5);
        return pixels.where(hit.logical_not(), salt.to(pixels.dtype));
    }
}
