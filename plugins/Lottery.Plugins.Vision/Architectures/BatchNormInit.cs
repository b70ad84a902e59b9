namespace Lottery.Plugins.Vision.Architectures;

/// <summary>How the affine weights of BatchNorm layers start (their biases always start at 0).</summary>
public enum BatchNormInit
{
    /// <summary>Uniform in [0, 1): open_lth's default (<c>batchnorm_init='uniform'</c>), used by its ResNets and VGGs.</summary>
    Uniform,

    /// <summary>All 1: PyTorch's default, and what torchvision-style code (Lottery Pools' ResNet-18 and VGG-16) keeps.</summary>
    Fixed,
}

/// <summary>The option text of a <see cref="BatchNormInit"/>.</summary>
public static class BatchNormInits
{
    public const string Expected = "expected 'uniform' (BatchNorm weights uniform in [0, 1), open_lth's default) or 'fixed' (all 1, PyTorch's default)";
}
