using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// A CIFAR-10-C style corruption of images, at severities 1 (mild) to 5 (strong): pixels (N, C, H, W) in [0, 1]
/// in, corrupted pixels out (not yet clipped), in the current dispose scope. Random corruptions draw from the
/// generator given (a CPU generator), so a seeded set is the same every time it is read.
/// </summary>
public interface ICorruption
{
    /// <summary>The name as CIFAR-10-C spells it, e.g. "gaussian_noise".</summary>
    string Name { get; }

    Tensor Apply(Tensor pixels, int severity, Generator generator);
}

/// <summary>Helpers the corruptions share.</summary>
internal static class Severity
{
    public const int Levels = 5;

    /// <summary>The strength of a severity from its table of five.</summary>
    public static double Of(IReadOnlyList<double> strengths, int severity) =>
        severity is >= 1 and <= Levels ? strengths[severity - 1] : throw new ArgumentOutOfRangeException(nameof(severity), severity, "expected a severity from 1 to 5");

    /// <summary>Uniform [0, 1) noise shaped like pixels, drawn on the CPU from generator and moved to the pixels' device.</summary>
    public static Tensor Uniform(Tensor pixels, Generator generator) => rand(pixels.shape, float32, generator: generator).to(pixels.device);

    /// <summary>Standard normal noise shaped like pixels, drawn as <see cref="Uniform"/>.</summary>
    public static Tensor Normal(Tensor pixels, Generator generator) => randn(pixels.shape, float32, generator: generator).to(pixels.device);
}
