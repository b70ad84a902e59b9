namespace Lottery.Contracts.Plugins;

/// <summary>
/// The entry point of a plugin assembly: the host finds the one public class implementing it, creates it
/// with a parameterless constructor and lets it register its strategies.
/// </summary>
public interface ILotteryPlugin
{
    void Register(IStrategyRegistry registry);
}
