using System.Globalization;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>The variant string of a LeNet: its hidden-layer widths joined by '-' ("300-100", "100").</summary>
public static class LeNetVariant
{
    public static long[] Parse(string variant)
    {
        var parts = variant.Split('-');
        var widths = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out widths[i]) || widths[i] <= 0)
            {
                throw new ArgumentException(
                    $"LeNet variant '{variant}' is invalid: expected positive hidden-layer widths joined by '-', e.g. '300-100' or '100'",
                    nameof(variant));
            }
        }
        return widths;
    }
}
