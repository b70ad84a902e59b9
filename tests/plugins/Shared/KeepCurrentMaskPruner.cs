using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;

namespace Lottery.TestPlugins;

/// <summary>
/// Prunes nothing: the new mask is a copy of the current one. Linked into the test plugins whose pruner
/// only has to exist (each plugin assembly gets its own copy of the type).
/// </summary>
public sealed class KeepCurrentMaskPruner : IPruner
{
    // The factory always hands a strategy its bound options; this one has no settings to read.
    public KeepCurrentMaskPruner(NoOptions options) => ArgumentNullException.ThrowIfNull(options);

    public Mask Prune(PruningContext context) => context.Current.Clone();
}
