using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary><c>contrast</c>: each image's channels pulled towards their mean, keeping 0.75 .. 0.15 of the contrast (CIFAR-10-C's strengths).</summary>
public sealed class Contrast : ICorruption
{
    private static readonly double[] Kept = [0.75, 0.5, 0.4, 0.3, 0.15];

    public string Name => "contrast";

    public Tensor Apply(Tensor pixels, int severity, Generator generator)
    {
        var mean = pixels.mean([2, 3], keepdim: true);
        return pixels.sub(mean).mul_(Severity.Of(Kept, severity)).add_(mean);
    }
}
