namespace Lottery.Torch.Serialization;

/// <summary>
/// Recognises a checksum's key damaged by one flipped byte. A file without its checksum key is read unchecked (it was
/// written before checksums, or elsewhere), so a flip in the key itself would otherwise turn a checked file into an
/// unchecked one with a stray key; the flipped key differs from the real one in exactly one character (an invalid
/// UTF-8 byte decodes to one replacement character).
/// </summary>
public static class DamagedKey
{
    public static bool IsOneCharacterFrom(string candidate, string key) =>
        candidate.Length == key.Length && candidate.Where((c, i) => c != key[i]).Count() == 1;
}
