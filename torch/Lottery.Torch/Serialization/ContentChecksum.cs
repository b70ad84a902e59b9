using System.Buffers;
using System.Security.Cryptography;
using static Lottery.Torch.torch;

namespace Lottery.Torch.Serialization;

/// <summary>
/// The SHA-256 of a file's tensor data (in file order), stored in the header metadata under
/// <see cref="MetadataKey"/> by every file this library writes and verified on every load, so a corrupt
/// or tampered file is detected instead of loaded. Files written elsewhere (without the key) load unchecked.
/// The key is not shown in <see cref="SafeTensorsFile.Metadata"/>.
/// </summary>
internal static class ContentChecksum
{
    public const string MetadataKey = "lottery.content-sha256";

    public static string Of(IReadOnlyList<SafeTensorsEntry> entries, IReadOnlyDictionary<string, Tensor> tensors)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(SafeTensorsEntry.StagingBufferLength(entries));
        try
        {
            foreach (var entry in entries)
            {
                var bytes = buffer.AsSpan(0, (int)entry.ByteLength);
                tensors[entry.Name].CopyBytesTo(bytes);
                hash.AppendData(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
