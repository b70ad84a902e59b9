using System.Buffers;
using static Lottery.Torch.torch;

namespace Lottery.Torch.Serialization;

/// <summary>Writes tensors and metadata to a stream in the safetensors layout.</summary>
internal static class SafeTensorsWriter
{
    public static void Write(Stream stream, IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string>? metadata)
    {
        SafeTensorsHeader.RequireLittleEndianHost();
        if (tensors.ContainsKey(SafeTensorsHeader.MetadataKey))
        {
            throw new ArgumentException($"'{SafeTensorsHeader.MetadataKey}' is reserved for the file's metadata and cannot name a tensor", nameof(tensors));
        }
        if (metadata?.Keys.FirstOrDefault(ContentChecksum.IsReserved) is { } reserved)
        {
            throw new ArgumentException($"metadata key '{reserved}' is reserved for the file checksum", nameof(metadata));
        }
        var layout = SafeTensorsHeader.ForWriting(tensors.Select(p => (p.Key, p.Value.dtype, p.Value.shape)), new OrderedDictionary<string, string>());
        // Sorted so the same inputs always give the same bytes, whatever order the dictionary enumerates in.
        var given = metadata ?? new Dictionary<string, string>();
        var withChecksum = given
            .Append(KeyValuePair.Create(ContentChecksum.MetadataKey, ContentChecksum.Of(layout.Entries, given, tensors)))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        var header = SafeTensorsHeader.ForWriting(tensors.Select(p => (p.Key, p.Value.dtype, p.Value.shape)),
            new OrderedDictionary<string, string>(withChecksum, StringComparer.Ordinal));

        stream.Write(header.ToBytes());
        var buffer = ArrayPool<byte>.Shared.Rent(SafeTensorsEntry.StagingBufferLength(header.Entries));
        try
        {
            foreach (var entry in header.Entries)
            {
                var bytes = buffer.AsSpan(0, (int)entry.ByteLength);
                tensors[entry.Name].CopyBytesTo(bytes);
                stream.Write(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
