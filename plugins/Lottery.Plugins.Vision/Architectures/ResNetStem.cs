namespace Lottery.Plugins.Vision.Architectures;

/// <summary>The first layer of a <c>resnet</c>, which sets how far the resolution falls before the first stage.</summary>
public enum ResNetStem
{
    /// <summary>3x3 conv, stride 1, no max-pool: small images (CIFAR), as Lottery Pools' ResNet-18.</summary>
    Cifar,

    /// <summary>7x7 conv with stride 2, then a 3x3 max-pool with stride 2: the ImageNet ResNets.</summary>
    ImageNet,
}

/// <summary>The option text of a <see cref="ResNetStem"/>.</summary>
public static class ResNetStems
{
    public const string Expected = "expected 'cifar' (3x3 conv, stride 1, no max-pool) or 'imagenet' (7x7 conv with stride 2, then a 3x3 max-pool)";
}
