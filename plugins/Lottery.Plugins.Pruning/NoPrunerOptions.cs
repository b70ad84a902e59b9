namespace Lottery.Plugins.Pruning;

/// <summary>The options of a pruner that has no settings (<c>random</c>, <c>random-global</c>, <c>oneshot-magnitude</c>).</summary>
public sealed class NoPrunerOptions;
