using System.Text.Json;
using System.Text.Unicode;

namespace Lottery.Torch.Serialization;

/// <summary>Reads header JSON into a <see cref="SafeTensorsHeader"/>, naming the first thing that is wrong.</summary>
internal static class SafeTensorsHeaderParser
{
    /// <summary>Parses the header; dataLength is the size of the data section that follows it in the file.</summary>
    public static SafeTensorsHeader Parse(ReadOnlyMemory<byte> json, long dataLength)
    {
        // The format's header is UTF-8; JsonDocument checks only the structure and would fail later, reading a name.
        if (!Utf8.IsValid(json.Span)) throw Fail("header is not valid UTF-8");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new SafeTensorsFormatException($"header is not valid JSON: {e.Message}", inner: e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fail($"header is a JSON {KindOf(root)}, not an object mapping tensor names to dtype, shape and data_offsets");
            }
            var metadata = new OrderedDictionary<string, string>(StringComparer.Ordinal);
            var entries = new List<SafeTensorsEntry>();
            // JsonDocument keeps duplicate keys; a name that means two tensors is ambiguous, so refuse it.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (!seen.Add(property.Name)) throw Fail($"'{property.Name}' appears more than once in the header");
                if (property.Name == SafeTensorsHeader.MetadataKey) ReadMetadata(property.Value, metadata);
                else entries.Add(ReadEntry(property.Name, property.Value, dataLength));
            }
            return SafeTensorsHeader.FromParsed(entries, metadata, dataLength);
        }
    }

    private static SafeTensorsEntry ReadEntry(string name, JsonElement value, long dataLength)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"tensor '{name}' is described by a JSON {KindOf(value)}, not an object with dtype, shape and data_offsets");
        }
        var dtypeName = Field(name, value, "dtype", JsonValueKind.String).GetString()!;
        if (!SafeTensorsDType.TryParse(dtypeName, out var dtype))
        {
            throw Fail($"tensor '{name}' has dtype '{dtypeName}' which is not one of {string.Join(", ", SafeTensorsDType.Names)}");
        }
        var shape = Integers(name, "shape", Field(name, value, "shape", JsonValueKind.Array));
        var offsets = Integers(name, "data_offsets", Field(name, value, "data_offsets", JsonValueKind.Array));
        var shown = SafeTensorsEntry.Format(offsets);
        if (offsets.Length != 2) throw Fail($"tensor '{name}' data_offsets {shown} must be two numbers [begin, end]");
        var (begin, end) = (offsets[0], offsets[1]);
        if (end < begin) throw Fail($"tensor '{name}' data_offsets {shown} end before they begin");
        var expected = SafeTensorsEntry.ByteLengthOf(dtype, shape)
            ?? throw Fail($"tensor '{name}' has shape {SafeTensorsEntry.Format(shape)} of {dtypeName}, too large to address");
        if (end - begin != expected)
        {
            throw Fail($"tensor '{name}' data_offsets {shown} do not match shape {SafeTensorsEntry.Format(shape)} of {dtypeName} ({expected} bytes)");
        }
        if (end > dataLength) throw Fail($"data_offsets {shown} of '{name}' fall outside the data section ({dataLength} bytes)");
        return new SafeTensorsEntry(name, dtype, shape, begin, end);
    }

    private static void ReadMetadata(JsonElement value, OrderedDictionary<string, string> metadata)
    {
        // The reference reader treats a null __metadata__ as absent.
        if (value.ValueKind == JsonValueKind.Null) return;
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"{SafeTensorsHeader.MetadataKey} is a JSON {KindOf(value)}, not an object of strings");
        }
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw Fail($"{SafeTensorsHeader.MetadataKey} value for '{property.Name}' is a JSON {KindOf(property.Value)}, not a string");
            }
            if (!metadata.TryAdd(property.Name, property.Value.GetString()!))
            {
                throw Fail($"{SafeTensorsHeader.MetadataKey} key '{property.Name}' appears more than once");
            }
        }
    }

    private static JsonElement Field(string tensor, JsonElement entry, string field, JsonValueKind kind)
    {
        if (!entry.TryGetProperty(field, out var value)) throw Fail($"tensor '{tensor}' has no {field}");
        if (value.ValueKind != kind)
        {
            throw Fail($"tensor '{tensor}' {field} is a JSON {KindOf(value)}, not a JSON {kind.ToString().ToLowerInvariant()}");
        }
        return value;
    }

    private static long[] Integers(string tensor, string field, JsonElement array) =>
        array.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.Number && item.TryGetInt64(out var number) && number >= 0
                ? number
                : throw Fail($"tensor '{tensor}' {field} holds {item.GetRawText()}, which is not a non-negative integer"))
            .ToArray();

    private static string KindOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static SafeTensorsFormatException Fail(string problem) => new(problem);
}
