using Lottery.Contracts.Plugins;

namespace Lottery.TestPlugins.Throwing;

/// <summary>Fails half way through registering, so the test can check that nothing it registered reaches the host.</summary>
public sealed class ThrowingPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry)
    {
        registry.AddPruner<KeepCurrentMaskPruner, NoOptions>("test-throwing", "registered just before the plugin throws");
        throw new InvalidOperationException("boom");
    }
}
