using Lottery.Contracts.Plugins;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Host.Plugins;

namespace Lottery.Host.Tests;

/// <summary>An exception thrown inside a strategy reaches the host naming the strategy and its plugin, with the plugin's stack.</summary>
public class StrategyGuardTests
{
    private sealed class BrokenPruner : IPruner
    {
        public Mask Prune(PruningContext context) => throw new NullReferenceException("inside the plugin");
    }

    private sealed class EmptyOptions;

    [Fact]
    public void A_throwing_strategy_call_names_the_strategy_the_plugin_and_keeps_the_stack()
    {
        var descriptor = new StrategyDescriptor(StrategyKind.Pruner, "broken", "throws", typeof(IPruner), typeof(BrokenPruner), typeof(EmptyOptions),
            new PluginInfo("Broken.Plugin", "1.0.0.0", "/plugins/Broken.Plugin/Broken.Plugin.dll"));
        var pruner = StrategyGuard.Wrap<IPruner>(new BrokenPruner(), descriptor);
        var error = Assert.Throws<StrategyFailedException>(() => pruner.Prune(null!));
        Assert.Equal("pruner 'broken' (plugin Broken.Plugin, /plugins/Broken.Plugin/Broken.Plugin.dll) failed: NullReferenceException: inside the plugin", error.Message);
        Assert.IsType<NullReferenceException>(error.InnerException);
        Assert.Contains(nameof(BrokenPruner), error.InnerException!.StackTrace);
        Assert.Same(descriptor, error.Strategy);
    }
}
