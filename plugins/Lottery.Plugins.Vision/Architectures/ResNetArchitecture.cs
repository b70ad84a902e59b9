using Lottery.Contracts.Architectures;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The <c>resnet</c> architecture: ResNet-18/26/34 of <see cref="BasicBlock"/>s in four stages of widths 64 to
/// 512, with the CIFAR stem of Lottery Pools' ResNet-18 (3x3, stride 1, no max-pool) or the ImageNet stem (7x7
/// with stride 2, then a max-pool), global average pooling and a linear layer. With 3 input channels and 10
/// classes ResNet-18 has 11,173,962 parameters with the CIFAR stem and 11,181,642 with the ImageNet stem.
/// </summary>
public sealed class ResNetArchitecture : IArchitecture
{
    public const string Name = "resnet";

    private readonly ResNetStem stem;
    private readonly BatchNormInit batchNormInit;

    public ResNetArchitecture(ResNetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        stem = OptionText.Parse<ResNetStem>(options.Stem, nameof(options.Stem), ResNetStems.Expected);
        batchNormInit = OptionText.Parse<BatchNormInit>(options.BatchNormInit, nameof(options.BatchNormInit), BatchNormInits.Expected);
    }

    public ArchitectureModel Create(ArchitectureSpec spec) =>
        ResidualNetwork.Build(spec, stem, ResNetVariant.Parse(spec.Variant), batchNormInit);
}
