using System.Globalization;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The variant of a <c>cifar-resnet</c>: its depth 6n+2 (n blocks per stage), optionally with the width of the
/// first stage after a '-' (default 16), as open_lth's <c>cifar_resnet_N[_W]</c>: "20", "56", "20-64".
/// </summary>
public static class CifarResNetVariant
{
    public const int DefaultWidth = 16;

    /// <summary>The three stages: n blocks each, widths W, 2W and 4W.</summary>
    public static ResidualStagePlan[] Parse(string variant)
    {
        var parts = variant.Split('-');
        if (parts.Length > 2 || !TryPositive(parts[0], out var depth) || depth < 8 || (depth - 2) % 6 != 0)
        {
            throw Invalid(variant);
        }
        var width = DefaultWidth;
        if (parts.Length == 2 && !TryPositive(parts[1], out width)) throw Invalid(variant);
        var blocks = (depth - 2) / 6;
        return [new(width, blocks), new(2L * width, blocks), new(4L * width, blocks)];
    }

    private static bool TryPositive(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    private static ArgumentException Invalid(string variant) => new(
        $"CIFAR ResNet variant '{variant}' is invalid: expected a depth 6n+2 (8, 14, 20, 32, 44, 56, 110, ...), optionally " +
        $"with the first stage's width after '-' (default {DefaultWidth}), e.g. '20' or '20-16'",
        nameof(variant));
}
