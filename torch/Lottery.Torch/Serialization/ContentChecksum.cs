using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using static Lottery.Torch.torch;

namespace Lottery.Torch.Serialization;

/// <summary>
/// The SHA-256 that every file this library writes carries in its header metadata and every load verifies, so a
/// corrupt or tampered file is detected instead of loaded. Under <see cref="MetadataKey"/> it covers the whole
/// file's meaning: each tensor's name, dtype, shape and byte range, the other metadata (sorted), then the tensor
/// data in file order; a flipped digit in a checkpoint's step or a renamed tensor is caught as well as a flipped
/// weight. Files written before it carry <see cref="DataOnlyKey"/> (the data alone), still verified that way; files
/// written elsewhere (neither key) load unchecked. Neither key is shown in <see cref="SafeTensorsFile.Metadata"/>.
/// </summary>
internal static class ContentChecksum
{
    public const string MetadataKey = "lottery.file-sha256";

    public const string DataOnlyKey = "lottery.content-sha256";

    public static bool IsReserved(string key) => key is MetadataKey or DataOnlyKey;

    /// <summary>Whether key is one of the checksum keys damaged by one flipped byte (see <see cref="DamagedKey"/>).</summary>
    public static bool IsDamaged(string key) => DamagedKey.IsOneFlippedByteFrom(key, MetadataKey) || DamagedKey.IsOneFlippedByteFrom(key, DataOnlyKey);

    /// <summary>A hash with the header's description already in it; the data follows with <c>AppendData</c>.</summary>
    public static IncrementalHash Start(IReadOnlyList<SafeTensorsEntry> entries, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var description = new StringBuilder();
        foreach (var entry in entries)
        {
            description.Append(CultureInfo.InvariantCulture,
                $"{entry.Name}\0{entry.DType}\0{string.Join(',', entry.Shape)}\0{entry.Begin}\0{entry.End}\n");
        }
        description.Append('\n');
        foreach (var (key, value) in metadata.Where(p => !IsReserved(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            description.Append(CultureInfo.InvariantCulture, $"{key}\0{value}\n");
        }
        hash.AppendData(Encoding.UTF8.GetBytes(description.ToString()));
        return hash;
    }

    /// <summary>The checksum of tensors about to be written in this layout with this metadata.</summary>
    public static string Of(IReadOnlyList<SafeTensorsEntry> entries, IEnumerable<KeyValuePair<string, string>> metadata, IReadOnlyDictionary<string, Tensor> tensors)
    {
        using var hash = Start(entries, metadata);
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
        return Finish(hash);
    }

    public static string Finish(IncrementalHash hash) => Convert.ToHexStringLower(hash.GetHashAndReset());
}
