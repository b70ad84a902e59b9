namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The variant of a <c>cifar-vgg</c>: its depth, 11, 13, 16 or 19, which names the conv widths of its five
/// stages (open_lth's plans, VGG configurations A, B, D and E; the stages are what its max-pools separate).
/// </summary>
public static class CifarVggVariant
{
    private static readonly IReadOnlyDictionary<string, long[][]> StagesByDepth = new Dictionary<string, long[][]>
    {
        ["11"] = [[64], [128], [256, 256], [512, 512], [512, 512]],
        ["13"] = [[64, 64], [128, 128], [256, 256], [512, 512], [512, 512]],
        ["16"] = [[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]],
        ["19"] = [[64, 64], [128, 128], [256, 256, 256, 256], [512, 512, 512, 512], [512, 512, 512, 512]],
    };

    public static IReadOnlyList<long[]> Parse(string variant) =>
        StagesByDepth.TryGetValue(variant, out var stages)
            ? stages
            : throw new ArgumentException(
                $"CIFAR VGG variant '{variant}' is invalid: expected a depth of {string.Join(", ", StagesByDepth.Keys.Select(k => $"'{k}'"))}",
                nameof(variant));
}
