namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The variant of a <c>resnet</c>: its depth, which names the blocks per stage of its four stages (widths 64,
/// 128, 256, 512): ResNet-18 [2, 2, 2, 2] and ResNet-34 [3, 4, 6, 3] as He et al. and torchvision, ResNet-26
/// [2, 3, 4, 3] as the Elastic LTH code (its <c>imagenet_resnet_26</c>).
/// </summary>
public static class ResNetVariant
{
    private static readonly IReadOnlyDictionary<string, int[]> BlocksByDepth = new Dictionary<string, int[]>
    {
        ["18"] = [2, 2, 2, 2],
        ["26"] = [2, 3, 4, 3],
        ["34"] = [3, 4, 6, 3],
    };

    private static readonly long[] Widths = [64, 128, 256, 512];

    public static ResidualStagePlan[] Parse(string variant) =>
        BlocksByDepth.TryGetValue(variant, out var blocks)
            ? Widths.Zip(blocks, (width, count) => new ResidualStagePlan(width, count)).ToArray()
            : throw new ArgumentException(
                $"ResNet variant '{variant}' is invalid: expected a depth of {string.Join(", ", BlocksByDepth.Keys.Select(k => $"'{k}'"))}",
                nameof(variant));
}
