using Lottery.Contracts.Architectures;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The <c>conv</c> architecture: Conv-2/4/6 of Frankle &amp; Carbin (2019). Pairs of 3x3 convs (64, 128, 256
/// filters; padding 1, the "same" padding their parameter counts imply) each followed by a 2x2 max-pool, then fully
/// connected layers 256-256-classes over the flattened map, whose size follows from the input (28x28 or 32x32).
/// The head is a <see cref="LeNet"/>: the same flatten and ReLU stack. Each pair is a stage, each conv a block.
/// Weights start as open_lth starts every network (He-normal), not Gaussian Glorot as in the paper's code, so
/// that all architectures here share one initialisation.
/// </summary>
public sealed class ConvArchitecture : IArchitecture
{
    public const string Name = "conv";

    private static readonly long[] HiddenWidths = [256, 256];

    private readonly bool batchNorm;
    private readonly BatchNormInit batchNormInit;

    public ConvArchitecture(ConvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        batchNorm = options.BatchNorm;
        batchNormInit = OptionText.Parse<BatchNormInit>(options.BatchNormInit, nameof(options.BatchNormInit), BatchNormInits.Expected);
    }

    public ArchitectureModel Create(ArchitectureSpec spec)
    {
        var stages = ConvVariant.Parse(spec.Variant);
        var input = ImageInput.Of(spec);
        var (height, width) = input.AfterHalving(stages.Count, spec);
        var builder = new StagedNetworkBuilder();
        var channels = ConvStages.Add(builder, input.Channels, stages, batchNorm, poolAfterLast: true);
        return builder.Add("classifier", new LeNet(channels * height * width, input.Classes, HiddenWidths)).Build(spec, batchNormInit);
    }
}
