using Lottery.Contracts.Architectures;
using Lottery.Torch.Modules;
using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>One stage of a ResNet: its blocks' output channels and how many blocks it has.</summary>
public readonly record struct ResidualStagePlan(long Width, int Blocks);

/// <summary>
/// What both ResNet families share: a stem ("stem.conv", "stem.bn", and for the ImageNet stem "stem.pool"), stages
/// of <see cref="BasicBlock"/>s where every stage after the first halves the resolution in its block 0, global
/// average pooling and a linear classifier "fc".
/// </summary>
public static class ResidualNetwork
{
    public static ArchitectureModel Build(ArchitectureSpec spec, ResNetStem stem, IReadOnlyList<ResidualStagePlan> plan, BatchNormInit batchNormInit)
    {
        var input = ImageInput.Of(spec);
        var builder = new StagedNetworkBuilder().Add("stem", Stem(stem, input.Channels, plan[0].Width));
        var channels = plan[0].Width;
        for (var s = 0; s < plan.Count; s++)
        {
            var blocks = new List<(Module<Tensor, Tensor>, bool)>(plan[s].Blocks);
            for (var b = 0; b < plan[s].Blocks; b++)
            {
                var block = new BasicBlock(channels, plan[s].Width, stride: s > 0 && b == 0 ? 2 : 1);
                blocks.Add((block, block.HasShortcutConv));
                channels = plan[s].Width;
            }
            builder.AddStage(blocks);
        }
        return builder.AddGlobalPoolClassifier(channels, input.Classes).Build(spec, batchNormInit);
    }

    // The CIFAR stem keeps the resolution (3x3, stride 1, no pooling); the ImageNet stem divides it by 4.
    private static Sequential Stem(ResNetStem stem, long inChannels, long width) => stem switch
    {
        ResNetStem.Cifar => Sequential(
            ("conv", Conv2d(inChannels, width, kernel_size: 3, padding: 1, hasBias: false)),
            ("bn", BatchNorm2d(width)),
            ("relu", ReLU(inplace: true))),
        ResNetStem.ImageNet => Sequential(
            ("conv", Conv2d(inChannels, width, kernel_size: 7, stride: 2, padding: 3, hasBias: false)),
            ("bn", BatchNorm2d(width)),
            ("relu", ReLU(inplace: true)),
            ("pool", MaxPool2d(kernel_size: 3, stride: 2, padding: 1))),
        _ => throw new ArgumentOutOfRangeException(nameof(stem), stem, "unknown ResNet stem"),
    };
}
