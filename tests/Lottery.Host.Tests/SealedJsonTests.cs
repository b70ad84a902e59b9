using System.Text.Json.Nodes;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests;

/// <summary>Sealed JSON records: damage that still parses is found; layout and records from before the seal are not damage.</summary>
public sealed class SealedJsonTests : IDisposable
{
    private readonly string path = Path.Combine(Directory.CreateTempSubdirectory("sealed-json-").FullName, "record.json");

    private static JsonObject Record() => new() { ["level"] = 1, ["density"] = 0.8125, ["architecture"] = "lenet" };

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

    [Theory]
    [InlineData("0.8125", "0.8124")]
    [InlineData("\"density\"", "\"densitx\"")]
    [InlineData("lenet", "lenes")]
    public void An_edit_that_still_parses_is_found(string original, string edited)
    {
        var text = SealedJson.Seal(Record());
        Assert.Contains(original, text);
        File.WriteAllText(path, text.Replace(original, edited, StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => SealedJson.Read(path));

        Assert.StartsWith($"{path} is corrupt: content checksum mismatch", error.Message);
    }

    [Fact]
    public void Layout_does_not_count_and_a_record_from_before_the_seal_reads_unchecked()
    {
        File.WriteAllText(path, JsonNode.Parse(SealedJson.Seal(Record()))!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(Record(), SealedJson.Read(path)));

        File.WriteAllText(path, Record().ToJsonString());
        Assert.True(JsonNode.DeepEquals(Record(), SealedJson.Read(path)));
    }
}
