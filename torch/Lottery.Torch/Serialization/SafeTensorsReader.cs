using System.Buffers;
using System.Buffers.Binary;
using static Lottery.Torch.torch;

namespace Lottery.Torch.Serialization;

/// <summary>Reads a safetensors file from a stream: length prefix, header, then each tensor's bytes in order.</summary>
internal static class SafeTensorsReader
{
    public static SafeTensorsFile Read(Stream stream)
    {
        SafeTensorsHeader.RequireLittleEndianHost();
        // Every size in the header is checked against the file's size before anything is allocated for it,
        // so the size must be known: a stream that cannot tell it is read into memory first.
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return Read(copy);
        }

        var size = stream.Length - stream.Position;
        if (size < SafeTensorsHeader.PrefixLength)
        {
            throw new SafeTensorsFormatException(
                $"file is truncated: it has {size} bytes, fewer than the {SafeTensorsHeader.PrefixLength}-byte header length");
        }
        Span<byte> prefix = stackalloc byte[SafeTensorsHeader.PrefixLength];
        stream.ReadExactly(prefix);
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
        if (headerLength > (ulong)(size - SafeTensorsHeader.PrefixLength))
        {
            throw new SafeTensorsFormatException($"header length {headerLength} exceeds file size {size}");
        }
        if (headerLength > SafeTensorsHeader.MaxLength)
        {
            throw new SafeTensorsFormatException($"header length {headerLength} exceeds the {SafeTensorsHeader.MaxLength}-byte limit");
        }
        var json = new byte[headerLength];
        stream.ReadExactly(json);
        var dataLength = size - SafeTensorsHeader.PrefixLength - (long)headerLength;
        var header = SafeTensorsHeaderParser.Parse(json, dataLength);
        var metadata = header.Metadata.ToDictionary();
        if (metadata.Keys.FirstOrDefault(key => !ContentChecksum.IsReserved(key) && ContentChecksum.IsDamaged(key)) is { } damaged)
        {
            throw new SafeTensorsFormatException($"metadata key '{damaged}' is a damaged checksum key ({ContentChecksum.MetadataKey})");
        }
        // The whole-file checksum starts with the header's description; the older data-only one with the data.
        var stored = metadata.Remove(ContentChecksum.MetadataKey, out var file) ? file : metadata.Remove(ContentChecksum.DataOnlyKey, out var data) ? data : null;
        using var hash = file != null
            ? ContentChecksum.Start(header.Entries, metadata)
            : System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var tensors = ReadTensors(stream, header.Entries, hash);
        if (stored != null)
        {
            var computed = ContentChecksum.Finish(hash);
            if (!string.Equals(stored, computed, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var tensor in tensors.Values) tensor.Dispose();
                throw new SafeTensorsFormatException($"content checksum mismatch (stored {stored}, computed {computed}): the tensors, their names and shapes or the metadata are corrupt");
            }
        }
        return new SafeTensorsFile(tensors, new OrderedDictionary<string, string>(metadata.OrderBy(p => p.Key, StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>Reads the data section; the entries are validated to tile it in order, so no seeking is needed.</summary>
    private static OrderedDictionary<string, Tensor> ReadTensors(Stream stream, IReadOnlyList<SafeTensorsEntry> entries,
        System.Security.Cryptography.IncrementalHash hash)
    {
        var tensors = new OrderedDictionary<string, Tensor>(StringComparer.Ordinal);
        var buffer = ArrayPool<byte>.Shared.Rent(SafeTensorsEntry.StagingBufferLength(entries));
        try
        {
            foreach (var entry in entries)
            {
                var bytes = buffer.AsSpan(0, (int)entry.ByteLength);
                stream.ReadExactly(bytes);
                hash.AppendData(bytes);
                tensors.Add(entry.Name, frombuffer(bytes, entry.DType, entry.Shape));
            }
            return tensors;
        }
        catch
        {
            // A partial result is never returned, so free what was built rather than leave it to a scope or the GC.
            foreach (var tensor in tensors.Values) tensor.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
