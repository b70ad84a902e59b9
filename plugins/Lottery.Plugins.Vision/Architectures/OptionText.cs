using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// Option values that name an enum member, case-insensitively ("imagenet" for <see cref="ResNetStem.ImageNet"/>).
/// Only names match: the numbers that Enum.Parse would also accept are not meaningful settings.
/// </summary>
public static class OptionText
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = name == null ? default : Enum.Parse<T>(name);
        return name != null;
    }

    /// <summary>The value of a setting, or an ArgumentException naming the setting, its value and <paramref name="expected"/>.</summary>
    public static T Parse<T>(string? text, string setting, string expected) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new ArgumentException($"{setting} '{text}' is invalid: {expected}", setting);

    /// <summary>The options-validation form of <see cref="Parse{T}"/>; the host's message names the key and value.</summary>
    public static IEnumerable<ValidationResult> Validate<T>(string? text, string setting, string expected) where T : struct, Enum
    {
        if (!TryParse<T>(text, out _)) yield return new ValidationResult(expected, [setting]);
    }
}
