using Lottery.Contracts.Plugins;

namespace Lottery.Plugins.Pruning;

/// <summary>Registers the pruning strategies: <c>magnitude</c>.</summary>
public sealed class PruningPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry.AddPruner<MagnitudePruner, MagnitudePrunerOptions>(
            MagnitudePruner.Name, "keeps the largest-magnitude weights still alive, globally or the same fraction per tensor");
}
