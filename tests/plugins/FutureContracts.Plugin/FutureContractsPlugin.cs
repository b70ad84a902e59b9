using Lottery.Contracts.Plugins;

namespace Lottery.TestPlugins.FutureContracts;

/// <summary>Never registers anything here: the host refuses the assembly before creating it.</summary>
public sealed class FutureContractsPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry)
    {
    }
}
