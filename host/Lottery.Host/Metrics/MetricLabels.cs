using System.Diagnostics;
using System.Globalization;

namespace Lottery.Host.Metrics;

/// <summary>
/// Which part of which run a measurement belongs to: the experiment, the pipeline stage (imp, pools, ...),
/// the level where there is one and the method (the pruner, the interpolator). These become the series'
/// labels; a value left null is not a label at all.
/// </summary>
public sealed record MetricLabels(string Experiment, string Stage, int? Level = null, string? Method = null)
{
    public MetricLabels AtLevel(int level) => this with { Level = level };

    /// <summary>The labels as tags, with any extra ones (such as the evaluation split) after them.</summary>
    public TagList Tags(params ReadOnlySpan<KeyValuePair<string, object?>> extra)
    {
        var tags = new TagList { { "experiment", Experiment }, { "stage", Stage } };
        if (Level is { } level) tags.Add("level", level.ToString(CultureInfo.InvariantCulture));
        if (Method != null) tags.Add("method", Method);
        foreach (var tag in extra) tags.Add(tag);
        return tags;
    }
}
