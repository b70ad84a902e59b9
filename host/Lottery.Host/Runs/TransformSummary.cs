using System.Text.Json.Serialization;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>summary.json's "transform": one result per transfer, source level and method.</summary>
public sealed record TransformSummary(IReadOnlyList<TransformResult> Results);

/// <summary>
/// One method's network on a transfer's target: source and target as "architecture-variant", the source's IMP level,
/// the method (the transformer's name, "imp", a baseline's), the weights it started from (a <see cref="Reports.StartWeights"/>
/// kind; null in summaries written before it was recorded), its density, and its test accuracy at the end of training and
/// at the epoch of best validation accuracy (fractions; validation accuracies alike, null without a validation split).
/// </summary>
public sealed record TransformResult(
    string Source,
    string Target,
    int SourceLevel,
    string Method,
    string? StartWeights,
    double Density,
    double TestAccuracy,
    double BestTestAccuracy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ValAccuracy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? BestValAccuracy)
{
    /// <summary>The point it is on a plot of its transfer: its level there is the source level.</summary>
    public ResultRow ToRow() => new(Method, SourceLevel, Density, ValAccuracy, TestAccuracy, BestValAccuracy, BestTestAccuracy);
}
