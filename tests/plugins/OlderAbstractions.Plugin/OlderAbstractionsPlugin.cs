using Lottery.Contracts.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.TestPlugins.OlderAbstractions;

/// <summary>Registers a service through the older abstractions' AddSingleton, and a pruner that needs it.</summary>
public sealed class OlderAbstractionsPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry)
    {
        registry.Services.AddSingleton<IKeepRule, PositiveWeights>();
        registry.AddPruner<KeepRulePruner, NoOptions>("test-positive", "keeps the surviving weights an injected rule approves (the positive ones)");
    }
}
