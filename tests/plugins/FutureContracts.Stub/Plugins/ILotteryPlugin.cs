namespace Lottery.Contracts.Plugins;

/// <summary>The plugin entry point as a future contracts version might declare it.</summary>
public interface ILotteryPlugin
{
    void Register(IStrategyRegistry registry);
}
