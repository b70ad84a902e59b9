using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lottery.Host.Runs;

/// <summary>summary.json: the machine-readable results of a run (camelCase; accuracies as fractions 0..1).</summary>
public sealed record RunSummary(string Name, string RunDir, ImpSummary Imp)
{
    public const string FileName = "summary.json";


    /// <summary>The pools stage's results; null when the run has no pools stage.</summary>
    public PoolsSummary? Pools { get; init; }

    /// <summary>The transform stage's results; null when the run has no transform stage.</summary>
    public TransformSummary? Transform { get; init; }

    /// <summary>The sparse-training stage's results; null when the run has none.</summary>
    public SparseTrainingSummary? SparseTraining { get; init; }

    /// <summary>summary.json's text, sealed (<see cref="SealedJson"/>).</summary>
    public string ToJson() => SealedJson.Seal(RunFileJson.ToObject(this));

    public static RunSummary Parse(string json) => JsonSerializer.Deserialize<RunSummary>(json, RunFileJson.Options) ?? throw new InvalidDataException("empty summary");

    /// <summary>Reads and verifies a summary.json; a corrupt one throws <see cref="InvalidDataException"/> naming the file.</summary>
    public static RunSummary Read(string path) => SealedJson.Read<RunSummary>(path, "run summary");

    public IEnumerable<ResultRow> Rows() => Imp.Rows().Concat(Pools?.Rows() ?? []).Concat(SparseTraining?.Rows() ?? []);
}

/// <summary>The "imp" part of summary.json: one entry per level.</summary>
public sealed record ImpSummary(IReadOnlyList<LevelSummary> Levels)
{
    public static ImpSummary From(IEnumerable<LevelResult> levels) => new(levels.Select(LevelSummary.From).ToList());

    /// <summary>Each level as a point of the results (the "imp" line of the chart).</summary>
    public IEnumerable<ResultRow> Rows() => Levels.Select(l => l.Row("imp"));
}

/// <summary>
/// One trained level's accuracies (fractions): an IMP level, or a method trained at its density; the validation ones
/// are null (written as null) without a validation split.
/// </summary>
public sealed record LevelSummary(
    int Level,
    double Density,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ValAccuracy,
    double TestAccuracy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? BestValAccuracy,
    double BestTestAccuracy)
{
    public static LevelSummary From(LevelResult level) =>
        new(level.Level, level.Density, level.Final.ValidationAccuracy, level.Final.TestAccuracy, level.BestValidation.ValidationAccuracy, level.BestValidation.TestAccuracy);

    /// <summary>This level as a point of the method's line in results.csv and on the chart.</summary>
    public ResultRow Row(string method) => new(method, Level, Density, ValAccuracy, TestAccuracy, BestValAccuracy, BestTestAccuracy);
}
