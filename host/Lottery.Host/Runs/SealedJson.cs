using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Torch.Serialization;

namespace Lottery.Host.Runs;

/// <summary>
/// A JSON record sealed with the SHA-256 of its content (property <see cref="ChecksumProperty"/>), so that damage
/// which still parses (a digit flipped to another digit, a renamed key that deserialization would skip) is found
/// instead of trusted, as the safetensors files' checksum does for tensors. The checksum covers the record's
/// compact form, so whitespace does not count. A record without the property (written before it existed) is
/// read unchecked.
/// </summary>
public static class SealedJson
{
    public const string ChecksumProperty = "contentSha256";

    private static readonly JsonSerializerOptions IndentedForm = new() { WriteIndented = true };

    /// <summary>A record's text as run files hold it (indented), unsealed: experiment.json, whose content names its directory.</summary>
    public static string Indented(JsonObject record) => record.ToJsonString(IndentedForm);

    /// <summary>The record's text with its checksum (indented).</summary>
    public static string Seal(JsonObject record)
    {
        // The checksum is taken of the record as a reader will parse it back, so both sides hash the same text.
        var sealedRecord = JsonNode.Parse(record.ToJsonString())!.AsObject();
        sealedRecord[ChecksumProperty] = ChecksumOf(sealedRecord);
        return Indented(sealedRecord);
    }

    /// <summary>Writes value as a sealed record at path (atomically), in the run files' JSON form (<see cref="RunFileJson"/>).</summary>
    public static void Write<T>(string path, T value) => AtomicFile.WriteAllText(path, Seal(RunFileJson.ToObject(value)));

    /// <summary>
    /// Reads, verifies and deserializes the sealed record at path, what naming the record in messages ("level record"):
    /// a corrupt file, or one that holds no such record or lacks a value its type promises (<see cref="CompleteRecord"/>),
    /// throws <see cref="InvalidDataException"/> naming the file.
    /// </summary>
    public static T Read<T>(string path, string what) where T : class
    {
        try
        {
            return CompleteRecord.Require(Read(path).Deserialize<T>(RunFileJson.Options) ?? throw new InvalidDataException($"{path} holds no {what}"), path);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is corrupt: it holds no {what} ({e.Message})", e);
        }
    }

    /// <summary>Reads and verifies a sealed record; a corrupt one throws <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public static JsonObject Read(string path)
    {
        JsonObject record;
        try
        {
            record = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path} is corrupt: it holds no JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is corrupt: it is not valid JSON ({e.Message})", e);
        }
        if (!record.TryGetPropertyValue(ChecksumProperty, out var stored))
        {
            // A record from before the seal reads unchecked; one whose seal lost its name to a flipped byte must not.
            if (record.Select(p => p.Key).FirstOrDefault(key => DamagedKey.IsOneFlippedByteFrom(key, ChecksumProperty)) is { } damaged)
            {
                throw new InvalidDataException($"{path} is corrupt: '{damaged}' is a damaged {ChecksumProperty}");
            }
            return record;
        }
        record.Remove(ChecksumProperty);
        var computed = ChecksumOf(record);
        var storedText = stored is JsonValue value && value.TryGetValue<string>(out var text) ? text : stored?.ToJsonString() ?? "null";
        if (!string.Equals(storedText, computed, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path} is corrupt: content checksum mismatch (stored {storedText}, computed {computed})");
        }
        return record;
    }

    private static string ChecksumOf(JsonObject record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record.ToJsonString())));
}
