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
        // Sorted so the same inputs always give the same bytes, whatever order the dictionary enumerates in.
        var sortedMetadata = new OrderedDictionary<string, string>(
            (metadata ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal), StringComparer.Ordinal);
        var header = SafeTensorsHeader.ForWriting(tensors.Select(p => (p.Key, p.Value.dtype, p.Value.shape)), sortedMetadata);

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
