namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The variant of a <c>conv</c> network: its number of conv layers, 2, 4 or 6 (Conv-2/4/6 of Frankle &amp; Carbin),
/// which names its stages, pairs of convs of 64, 128 and 256 filters.
/// </summary>
public static class ConvVariant
{
    private static readonly IReadOnlyDictionary<string, long[][]> StagesByDepth = new Dictionary<string, long[][]>
    {
        ["2"] = [[64, 64]],
        ["4"] = [[64, 64], [128, 128]],
        ["6"] = [[64, 64], [128, 128], [256, 256]],
    };

    public static IReadOnlyList<long[]> Parse(string variant) =>
        StagesByDepth.TryGetValue(variant, out var stages)
            ? stages
            : throw new ArgumentException(
                $"Conv variant '{variant}' is invalid: expected the number of conv layers, {string.Join(", ", StagesByDepth.Keys.Select(k => $"'{k}'"))}",
                nameof(variant));
}
