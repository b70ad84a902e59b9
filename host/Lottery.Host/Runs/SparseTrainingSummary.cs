using System.Text.Json.Serialization;

namespace Lottery.Host.Runs;

/// <summary>The "sparseTraining" part of summary.json: each dynamic-sparse-training method at each IMP level's density.</summary>
public sealed record SparseTrainingSummary(IReadOnlyList<SparseTrainingResult> Results)
{
    /// <summary>Each method's points, a line of its own beside IMP's on the chart and in results.csv.</summary>
    public IEnumerable<ResultRow> Rows() =>
        Results.Select(r => new ResultRow(r.Method, r.Level, r.Density, r.ValAccuracy, r.TestAccuracy, r.BestValAccuracy, r.BestTestAccuracy));
}

/// <summary>One method trained at the density of one IMP level (accuracies as fractions; validation ones null without a validation split).</summary>
public sealed record SparseTrainingResult(
    string Method,
    int Level,
    double Density,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ValAccuracy,
    double TestAccuracy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? BestValAccuracy,
    double BestTestAccuracy)
{
    public static SparseTrainingResult From(string method, LevelResult level) =>
        new(method, level.Level, level.Density, level.Final.ValidationAccuracy, level.Final.TestAccuracy, level.BestValidation.ValidationAccuracy, level.BestValidation.TestAccuracy);
}
