namespace Lottery.Host.Runs;

/// <summary>
/// The "sparseTraining" part of summary.json: each dynamic-sparse-training method's levels, shaped as the "imp" part's
/// ({"methods": [{"method": "rigl", "levels": [{"level", "density", "testAccuracy", ...}]}]}).
/// </summary>
public sealed record SparseTrainingSummary(IReadOnlyList<SparseTrainingMethod> Methods)
{
    /// <summary>Each trained pair grouped by method, methods and levels in the order given.</summary>
    public static SparseTrainingSummary Of(IEnumerable<(string Method, LevelResult Level)> trained) =>
        new(trained.GroupBy(t => t.Method).Select(g => new SparseTrainingMethod(g.Key, g.Select(t => LevelSummary.From(t.Level)).ToList())).ToList());

    /// <summary>Each method's points, a line of its own beside IMP's on the chart and in results.csv.</summary>
    public IEnumerable<ResultRow> Rows() => Methods.SelectMany(m => m.Levels.Select(l => l.Row(m.Method)));
}

/// <summary>One method trained at the density of each chosen IMP level.</summary>
public sealed record SparseTrainingMethod(string Method, IReadOnlyList<LevelSummary> Levels);
