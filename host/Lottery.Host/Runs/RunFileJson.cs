using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Lottery.Host.Runs;

/// <summary>
/// How every JSON file of a run directory is written and read (experiment.json, level.json, a pool's result.json,
/// summary.json): camelCase names, nulls left out unless a property says otherwise. And the one hash that names a run or
/// a part of one from the typed descriptor of what it computes.
/// </summary>
public static class RunFileJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A value as a JSON object in the run files' form.</summary>
    public static JsonObject ToObject<T>(T value) => JsonSerializer.SerializeToNode(value, Options)!.AsObject();

    /// <summary>Hex digits in a hash (<see cref="HashOf{T}"/>).</summary>
    public const int HashLength = 12;

    /// <summary>The first 12 hex digits of the SHA-256 of a descriptor as compact JSON: what names a run, or any part of one.</summary>
    public static string HashOf<T>(T descriptor) => HashOfJson(ToObject(descriptor));

    /// <summary>The same hash of a descriptor already in JSON form (as experiment.json holds it).</summary>
    public static string HashOfJson(JsonNode descriptor) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(descriptor.ToJsonString())))[..HashLength];
}
