using System.Text.Json;
using System.Text.Json.Serialization;
using Lottery.Host.Experiments;
using Lottery.Host.Runs;

namespace Lottery.Host.Reports;

/// <summary>summary.json: the machine-readable results of a run (camelCase; accuracies as fractions 0..1).</summary>
public sealed record RunSummary(string Name, string RunDir, ImpSummary Imp)
{
    public const string FileName = "summary.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RunSummary From(string name, ImpRun run) =>
        new(name, run.Directory.Path, new ImpSummary(run.Levels.Select(ImpLevelSummary.From).ToList()));

    /// <summary>The pools stage's results; null when the run has no pools stage.</summary>
    public PoolsSummary? Pools { get; init; }

    /// <summary>The transform stage's results; null when the run has no transform stage.</summary>
    public TransformSummary? Transform { get; init; }

    /// <summary>summary.json's text, sealed (<see cref="SealedJson"/>).</summary>
    public string ToJson() => SealedJson.Seal(JsonSerializer.SerializeToNode(this, Json)!.AsObject());

    public static RunSummary Parse(string json) => JsonSerializer.Deserialize<RunSummary>(json, Json) ?? throw new InvalidDataException("empty summary");

    /// <summary>Reads and verifies a summary.json; a corrupt one throws <see cref="InvalidDataException"/> naming the file.</summary>
    public static RunSummary Read(string path)
    {
        try
        {
            return CompleteRecord.Require(SealedJson.Read(path).Deserialize<RunSummary>(Json) ?? throw new InvalidDataException($"{path} holds no summary"), path);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is corrupt: it holds no run summary ({e.Message})", e);
        }
    }

    public IEnumerable<ResultRow> Rows() =>
        Imp.Levels.Select(l => new ResultRow("imp", l.Level, l.Density, l.ValAccuracy, l.TestAccuracy, l.BestValAccuracy, l.BestTestAccuracy))
            .Concat(Pools?.Rows() ?? []);
}

public sealed record ImpSummary(IReadOnlyList<ImpLevelSummary> Levels);

public sealed record ImpLevelSummary(int Level, double Density, double ValAccuracy, double TestAccuracy, double BestValAccuracy, double BestTestAccuracy)
{
    public static ImpLevelSummary From(LevelResult level) =>
        new(level.Level, level.Density, level.Final.ValidationAccuracy, level.Final.TestAccuracy, level.BestValidation.ValidationAccuracy, level.BestValidation.TestAccuracy);
}
