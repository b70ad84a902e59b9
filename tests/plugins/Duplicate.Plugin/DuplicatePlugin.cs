using Lottery.Contracts.Plugins;

namespace Lottery.TestPlugins.Duplicate;

/// <summary>Claims the pruner name test-good, which Good.Plugin registers too.</summary>
public sealed class DuplicatePlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry.AddPruner<KeepCurrentMaskPruner, NoOptions>("test-good", "the same name as Good.Plugin's pruner");
}
