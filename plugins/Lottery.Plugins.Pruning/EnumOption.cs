namespace Lottery.Plugins.Pruning;

/// <summary>
/// The text form of an option that picks one of an enum's members: the member's name, in any case. Only names count
/// (Enum.TryParse would also take "0" or "global,layerwise"), so the accepted texts are exactly those documented.
/// </summary>
public static class EnumOption
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (string.Equals(member.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The member text names; a bad text is an ArgumentException naming the key, the text and what is expected.</summary>
    public static TEnum Parse<TEnum>(string? text, string key, string expected) where TEnum : struct, Enum =>
        TryParse(text, out TEnum value) ? value : throw new ArgumentException($"{key} '{text}' is invalid: {expected}");
}
