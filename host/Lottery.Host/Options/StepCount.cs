using System.Globalization;
using System.Text.RegularExpressions;

namespace Lottery.Host.Options;

/// <summary>
/// A point or length in training time as open_lth writes it: "160ep" (epochs), "1000it" (iterations), or
/// "2ep100it" (both). Converted to iterations once the steps per epoch are known.
/// </summary>
public sealed partial record StepCount(int Epochs, int Iterations)
{
    public static StepCount Parse(string text, string key)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success || (!match.Groups["ep"].Success && !match.Groups["it"].Success))
        {
            throw new Configuration.ConfigurationError($"{key} = '{text}' is invalid: expected a duration such as 160ep, 1000it or 2ep100it");
        }
        var epochs = match.Groups["ep"].Success ? int.Parse(match.Groups["ep"].Value, CultureInfo.InvariantCulture) : 0;
        var iterations = match.Groups["it"].Success ? int.Parse(match.Groups["it"].Value, CultureInfo.InvariantCulture) : 0;
        return new StepCount(epochs, iterations);
    }

    public static bool TryParse(string? text) => text != null && Pattern().Match(text.Trim()) is { Success: true } m && (m.Groups["ep"].Success || m.Groups["it"].Success);

    public long ToSteps(int stepsPerEpoch) => (long)Epochs * stepsPerEpoch + Iterations;

    public override string ToString() =>
        (Epochs > 0 ? $"{Epochs}ep" : "") + (Iterations > 0 || Epochs == 0 ? $"{Iterations}it" : "");

    [GeneratedRegex("^(?:(?<ep>[0-9]{1,7})ep)?(?:(?<it>[0-9]{1,9})it)?$")]
    private static partial Regex Pattern();
}
