namespace Lottery.Host.Tests.Corruption;

/// <summary>What happens to a file between two runs: bit rot, a write cut short, or the file lost.</summary>
public enum FileDamage
{
    FlipMiddleByte,
    TruncateToHalf,
    Delete,
}

internal static class FileDamageExtensions
{
    public static void ApplyTo(this FileDamage damage, string path)
    {
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case FileDamage.FlipMiddleByte:
                // The lowest bit: a digit stays a digit and a letter a letter, the damage a parser alone cannot see.
                bytes[bytes.Length / 2] ^= 0x01;
                File.WriteAllBytes(path, bytes);
                break;
            case FileDamage.TruncateToHalf:
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case FileDamage.Delete:
                File.Delete(path);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }

    /// <summary>What the warning about the damaged file must say.</summary>
    public static string Expected(this FileDamage damage, string path) => damage == FileDamage.Delete ? $"{path} is missing" : $"{path} is corrupt";
}
