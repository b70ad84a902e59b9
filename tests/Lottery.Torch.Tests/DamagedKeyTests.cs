using Lottery.Torch.Serialization;

namespace Lottery.Torch.Tests;

/// <summary>A checksum key with one byte flipped, as JSON decodes it, is recognised; other keys are not.</summary>
public sealed class DamagedKeyTests
{
    [Theory]
    // One character changed: an ASCII flip, and an invalid UTF-8 byte decoded to the replacement character.
    [InlineData("contentSha257", "contentSha256")]
    [InlineData("con\uFFFDentSha256", "contentSha256")]
    // The flip made a backslash that turns the next character into an escape: "n" -> "\" in "co|n|tent" reads "\t",
    // a tab (the case a property test found); "." -> "\" in "lottery|.|file" reads "\f".
    [InlineData("co\tentSha256", "contentSha256")]
    [InlineData("lottery\file-sha256", "lottery.file-sha256")]
    [InlineData("lottery.content-sha25\u0006", "lottery.content-sha256")]
    public void A_key_one_flipped_byte_from_the_checksums_is_damaged(string candidate, string key) =>
        Assert.True(DamagedKey.IsOneFlippedByteFrom(candidate, key));

    [Theory]
    [InlineData("contentSha256", "contentSha256")]
    [InlineData("contentSha2", "contentSha256")]
    [InlineData("contentSha25", "contentSha256")]
    [InlineData("coXXentSha256", "contentSha256")]
    [InlineData("co\tntSha256", "contentSha256")]
    [InlineData("other", "contentSha256")]
    public void Other_keys_are_not(string candidate, string key) =>
        Assert.False(DamagedKey.IsOneFlippedByteFrom(candidate, key));
}
