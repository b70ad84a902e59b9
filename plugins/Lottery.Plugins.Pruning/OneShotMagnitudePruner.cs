using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// The <c>oneshot-magnitude</c> baseline of pruning at initialisation: global magnitude pruning applied once, to the
/// weights the model holds now (its initial or rewind weights), straight to the target density. It is the
/// <c>magnitude</c> pruner with global scope; the name says how a baseline uses it.
/// </summary>
public sealed class OneShotMagnitudePruner : IPruner
{
    public const string Name = "oneshot-magnitude";

    private readonly MagnitudePruner global = new(new MagnitudePrunerOptions { Scope = "global" });

    public Mask Prune(PruningContext context) => global.Prune(context);
}
