using System.Text.Json.Nodes;
using Lottery.Host.Options;
using Lottery.Host.Plugins;

namespace Lottery.Host.Stages;

/// <summary>
/// What an IMP run computes, and so what names its run directory (experiment.json holds it): the network, data,
/// pruning and rewinding, the training settings, and the options of the strategies involved. Not the name, the number of
/// levels (adding levels continues the same run), the device or the thread count.
/// </summary>
public sealed record ImpDescriptor(ImpDescriptor.ExperimentPart Experiment, TrainingOptions Training, IReadOnlyDictionary<string, JsonNode> Strategies)
{
    /// <summary>How many weights a level prunes (<see cref="ImpPruneCount"/>), so a run begun under another rule is never continued under this one.</summary>
    public const string PruneCountRule = "ceil-of-remaining";

    public static ImpDescriptor Of(ExperimentOptions e, TrainingOptions training, IEnumerable<ResolvedStrategy> strategies) => new(
        new ExperimentPart(e.Architecture, e.Variant, e.Dataset, e.Pruner, e.PruneFraction, e.RewindStep, e.IgnoredTensors, e.KeepOutputLayerDense, PruneCountRule),
        training,
        Options(strategies));

    // By name; a name shared by two kinds (architecture and dataset, say) is one entry, as the options section is one.
    private static Dictionary<string, JsonNode> Options(IEnumerable<ResolvedStrategy> strategies)
    {
        var options = new Dictionary<string, JsonNode>();
        foreach (var strategy in strategies) options[strategy.Name] = strategy.OptionsJson;
        return options;
    }

    public sealed record ExperimentPart(
        string Architecture, string Variant, string Dataset, string Pruner, double PruneFraction, string RewindStep,
        IReadOnlyList<string> IgnoredTensors, bool KeepOutputLayerDense, string PruneCount);
}
