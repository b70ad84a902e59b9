using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lottery.Host.Plugins;

/// <summary>
/// A strategy as the configuration chose it: which one (its descriptor) and its options, bound from
/// Lottery:Strategies:&lt;name&gt; and validated once. Creating the strategy and naming what it computes (a run's
/// identity) both use these options, so the two can never disagree.
/// </summary>
public sealed record ResolvedStrategy(StrategyDescriptor Descriptor, object Options)
{
    public string Name => Descriptor.Name;

    /// <summary>The options as JSON (their own type's properties), as run identities record them.</summary>
    public JsonNode OptionsJson => JsonSerializer.SerializeToNode(Options, Descriptor.OptionsType)!;
}
