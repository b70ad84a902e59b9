using System.Buffers.Binary;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lottery.Torch.Serialization;

/// <summary>
/// A validated header: the entries in data-section order, which tile the data section exactly, and the
/// string metadata. Building one (from JSON or for tensors to write) is where the format's rules are checked.
/// </summary>
internal sealed class SafeTensorsHeader
{
    public const string MetadataKey = "__metadata__";

    /// <summary>The reference implementation's limit; a larger length is corruption, not a header to allocate for.</summary>
    public const long MaxLength = 100_000_000;

    /// <summary>The header length prefix: a little-endian unsigned 64-bit integer.</summary>
    public const int PrefixLength = sizeof(ulong);

    // The format only asks for valid JSON; relaxed escaping keeps non-ASCII names and metadata readable in the file.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private SafeTensorsHeader(IReadOnlyList<SafeTensorsEntry> entries, IReadOnlyDictionary<string, string> metadata)
    {
        Entries = entries;
        Metadata = metadata;
    }

    public IReadOnlyList<SafeTensorsEntry> Entries { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>
    /// Tensor bytes are copied as libtorch holds them, in the host's byte order; rather than swap every element,
    /// big-endian hosts (rare: s390x) are refused so they never write or read a file wrongly.
    /// </summary>
    public static void RequireLittleEndianHost()
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("safetensors needs a little-endian host");
    }

    /// <summary>
    /// Orders entries by where their data lies and checks that they cover the data section with no gap,
    /// overlap or trailing bytes, as the reference reader does: every byte of the file then has one meaning.
    /// </summary>
    public static SafeTensorsHeader FromParsed(IEnumerable<SafeTensorsEntry> entries, IReadOnlyDictionary<string, string> metadata, long dataLength)
    {
        var ordered = entries.OrderBy(e => e.Begin).ThenBy(e => e.End).ToArray();
        long covered = 0;
        SafeTensorsEntry? previous = null;
        foreach (var entry in ordered)
        {
            if (entry.Begin < covered)
            {
                throw new SafeTensorsFormatException(
                    $"data_offsets {Offsets(entry)} of '{entry.Name}' overlap data_offsets {Offsets(previous!)} of '{previous!.Name}'");
            }
            if (entry.Begin > covered)
            {
                throw new SafeTensorsFormatException(
                    $"bytes [{covered}, {entry.Begin}) of the data section belong to no tensor (the gap is before '{entry.Name}'); data_offsets must be contiguous");
            }
            covered = entry.End;
            previous = entry;
        }
        if (covered != dataLength)
        {
            throw new SafeTensorsFormatException(
                $"the data section has {dataLength} bytes but the tensors' data_offsets cover only {covered}");
        }
        return new SafeTensorsHeader(ordered, metadata);
    }

    /// <summary>
    /// The layout for writing these tensors: by dtype in the reference writer's order (widest first), then by
    /// name. Deterministic, and with the 8-byte-aligned header every tensor starts at a multiple of its element
    /// size, so a reader that maps the file can use the data in place.
    /// </summary>
    public static SafeTensorsHeader ForWriting(IEnumerable<(string Name, ScalarType DType, long[] Shape)> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        var entries = new List<SafeTensorsEntry>();
        long offset = 0;
        foreach (var (name, type, shape) in tensors.OrderBy(t => SafeTensorsDType.WriteRank(t.DType)).ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            if (SafeTensorsDType.WriteRank(type) < 0)
            {
                throw new ArgumentException($"tensor '{name}' has element type {type}, which has no safetensors dtype");
            }
            var length = SafeTensorsEntry.ByteLengthOf(type, shape)
                ?? throw new ArgumentException($"tensor '{name}' of shape {SafeTensorsEntry.Format(shape)} is too large to write");
            entries.Add(new SafeTensorsEntry(name, type, shape, offset, offset + length));
            offset += length;
        }
        return new SafeTensorsHeader(entries, metadata);
    }

    /// <summary>The length prefix and the JSON, padded with spaces so the data section starts 8-byte aligned.</summary>
    public byte[] ToBytes()
    {
        var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json, WriterOptions))
        {
            writer.WriteStartObject();
            if (Metadata.Count > 0)
            {
                writer.WriteStartObject(MetadataKey);
                foreach (var (key, value) in Metadata) writer.WriteString(key, value);
                writer.WriteEndObject();
            }
            foreach (var entry in Entries)
            {
                writer.WriteStartObject(entry.Name);
                writer.WriteString("dtype", SafeTensorsDType.NameOf(entry.DType));
                WriteNumbers(writer, "shape", entry.Shape);
                WriteNumbers(writer, "data_offsets", [entry.Begin, entry.End]);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        var padded = (json.Length + 7) / 8 * 8;
        if (padded > MaxLength)
        {
            // Readers (this one and the reference one) refuse such a header, so do not write a file nobody can read.
            throw new InvalidOperationException($"the safetensors header would be {padded} bytes, over the {MaxLength}-byte limit readers accept");
        }
        var result = new byte[PrefixLength + padded];
        BinaryPrimitives.WriteUInt64LittleEndian(result, (ulong)padded);
        json.GetBuffer().AsSpan(0, (int)json.Length).CopyTo(result.AsSpan(PrefixLength));
        result.AsSpan(PrefixLength + (int)json.Length).Fill((byte)' ');
        return result;
    }

    private static void WriteNumbers(Utf8JsonWriter writer, string name, IEnumerable<long> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteNumberValue(value);
        writer.WriteEndArray();
    }

    private static string Offsets(SafeTensorsEntry entry) => SafeTensorsEntry.Format([entry.Begin, entry.End]);
}
