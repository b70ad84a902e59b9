namespace Lottery.Torch.Serialization;

/// <summary>
/// Recognises a checksum's key damaged by one flipped byte. A file without its checksum key is read unchecked (it was
/// written before checksums, or elsewhere), so a flip in the key itself would otherwise turn a checked file into an
/// unchecked one with a stray key. As JSON decodes it, the flipped key differs from the real one in exactly one
/// character (an invalid UTF-8 byte decodes to one replacement character), or, where the flip made a backslash, the
/// backslash and the character after it decode to one (`con\tent...`: "n" turned into "\" makes "\t" a tab).
/// </summary>
public static class DamagedKey
{
    public static bool IsOneFlippedByteFrom(string candidate, string key)
    {
        if (candidate.Length == key.Length) return candidate.Where((c, i) => c != key[i]).Count() == 1;
        if (candidate.Length != key.Length - 1) return false;
        // The first difference is where the escape starts: the rest is the key two characters later.
        var at = Enumerable.Range(0, candidate.Length).FirstOrDefault(i => candidate[i] != key[i], candidate.Length);
        return at < candidate.Length && JsonEscapes.Contains(key[at + 1]) && candidate[(at + 1)..] == key[(at + 2)..];
    }

    // The characters a backslash turns into a one-character escape (\u needs four hex digits: a key too short for them is not one).
    private const string JsonEscapes = "\"\\/bfnrt";
}
