namespace Lottery.Contracts.Plugins;

/// <summary>The registry as a future contracts version might declare it (its members do not matter to the version check).</summary>
public interface IStrategyRegistry
{
    IStrategyRegistry Add<TContract, TStrategy, TOptions>(string name, string description)
        where TContract : class
        where TStrategy : class, TContract
        where TOptions : class, new();
}
