using Lottery.Contracts.Architectures;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The <c>cifar-vgg</c> architecture: open_lth's VGG-11/13/16/19 for CIFAR. 3x3 conv + BatchNorm + ReLU units
/// (<see cref="ConvUnit"/>) in five stages with a 2x2 max-pool between stages, then one linear layer 512 ->
/// classes. open_lth average-pools the 2x2 map left from a 32x32 image; global average pooling is the same there
/// and also fits 28x28 images (1x1 after four pools). VGG-16 for 3 channels and 10 classes: 14,728,266 parameters.
/// </summary>
public sealed class CifarVggArchitecture : IArchitecture
{
    public const string Name = "cifar-vgg";

    private readonly BatchNormInit batchNormInit;

    public CifarVggArchitecture(CifarVggOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        batchNormInit = OptionText.Parse<BatchNormInit>(options.BatchNormInit, nameof(options.BatchNormInit), BatchNormInits.Expected);
    }

    public ArchitectureModel Create(ArchitectureSpec spec)
    {
        var stages = CifarVggVariant.Parse(spec.Variant);
        var input = ImageInput.Of(spec);
        _ = input.AfterHalving(stages.Count - 1, spec);
        var builder = new StagedNetworkBuilder();
        var channels = ConvStages.Add(builder, input.Channels, stages, batchNorm: true, poolAfterLast: false);
        return builder.AddGlobalPoolClassifier(channels, input.Classes).Build(spec, batchNormInit);
    }
}
