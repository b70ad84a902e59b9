using Lottery.Contracts.Plugins;
using Lottery.TestPlugins.Helper;

namespace Lottery.TestPlugins.MissingDependency;

/// <summary>Calls into Helper.Library inside Register, so the missing assembly surfaces while the plugin registers.</summary>
public sealed class MissingDependencyPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry.AddPruner<KeepCurrentMaskPruner, NoOptions>("test-helped", Descriptions.Of("test-helped"));
}
