using Lottery.Contracts.Architectures;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The <c>cifar-resnet</c> architecture: open_lth's ResNet-(6n+2) for CIFAR (He et al. 2016, section 4.2). A 3x3
/// stem conv of width W, three stages of n <see cref="BasicBlock"/>s of widths W, 2W, 4W (stages 2 and 3 halve
/// the resolution in their block 0, whose shortcut is a 1x1 conv), global average pooling and a linear layer.
/// With 3 input channels and 10 classes ResNet-20 has 272,474 parameters and ResNet-56 855,770.
/// </summary>
public sealed class CifarResNetArchitecture : IArchitecture
{
    public const string Name = "cifar-resnet";

    private readonly BatchNormInit batchNormInit;

    public CifarResNetArchitecture(CifarResNetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        batchNormInit = OptionText.Parse<BatchNormInit>(options.BatchNormInit, nameof(options.BatchNormInit), BatchNormInits.Expected);
    }

    public ArchitectureModel Create(ArchitectureSpec spec) =>
        ResidualNetwork.Build(spec, ResNetStem.Cifar, CifarResNetVariant.Parse(spec.Variant), batchNormInit);
}
