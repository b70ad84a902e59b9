using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests;

/// <summary>
/// Properties of sealed JSON over random records (nested objects and arrays, numbers, strings with escapes, booleans,
/// nulls): any record reads back identical; any truncation or single flipped byte of a sealed file reads back identical
/// (whitespace is outside the seal) or is refused with <see cref="InvalidDataException"/> naming the file.
/// </summary>
public sealed class SealedJsonPropertyTests : IDisposable
{
    private const long Iterations = 200;

    private static readonly Gen<string> Key = Gen.String[Gen.Char["abcLv_\"\\é 1"], 1, 5];

    private static readonly Gen<JsonNode?> Scalar = Gen.OneOf<JsonNode?>(
        Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n)),
        Gen.Double[-1e6, 1e6].Select(d => (JsonNode?)JsonValue.Create(d)),
        Gen.String[Gen.Char["xyz09\"\\\n\u00e9\u4e2d"], 0, 6].Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Const<JsonNode?>(() => null));

    private static readonly Gen<JsonObject> Records = ObjectOf(Gen.OneOf(Scalar, ObjectOf(Scalar).Select(o => (JsonNode?)o), Scalar.Array[0, 3].Select(items => (JsonNode?)new JsonArray(items))));

    private readonly string path = Path.Combine(Directory.CreateTempSubdirectory("sealed-json-properties-").FullName, "level.json");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

    [Fact]
    public void Any_record_reads_back_identical()
    {
        Records.Sample(record =>
        {
            File.WriteAllText(path, SealedJson.Seal(record));
            Assert.True(JsonNode.DeepEquals(record, SealedJson.Read(path)), record.ToJsonString());
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Any_truncation_or_flipped_byte_reads_identical_or_is_refused()
    {
        // Damage: a position as a fraction of the file, and a flip mask (0: truncate there instead).
        Gen.Select(Records, Gen.Double[0, 1], Gen.Byte).Sample((record, where, mask) =>
        {
            var bytes = Encoding.UTF8.GetBytes(SealedJson.Seal(record));
            var position = (int)(where * (bytes.Length - 1));
            var damaged = mask == 0 ? bytes[..position] : bytes.ToArray();
            if (mask != 0) damaged[position] ^= mask;
            File.WriteAllBytes(path, damaged);
            try
            {
                Assert.True(JsonNode.DeepEquals(record, SealedJson.Read(path)), Encoding.UTF8.GetString(damaged));
            }
            catch (InvalidDataException e)
            {
                Assert.StartsWith($"{path} is corrupt: ", e.Message);
            }
        }, iter: Iterations * 4, threads: 1);
    }

    private static Gen<JsonObject> ObjectOf(Gen<JsonNode?> values) =>
        Gen.Select(Key, values).Array[0, 4].Select(properties =>
        {
            var record = new JsonObject();
            foreach (var (key, value) in properties.DistinctBy(p => p.Item1)) record[key] = value;
            return record;
        });
}
