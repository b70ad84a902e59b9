using Lottery.Contracts.Plugins;

namespace Lottery.Host.Plugins;

/// <summary>One registered strategy: its kind, name, what it does, its types, and the plugin that provides it.</summary>
public sealed record StrategyDescriptor(
    StrategyKind Kind,
    string Name,
    string Description,
    Type ContractType,
    Type ImplementationType,
    Type OptionsType,
    PluginInfo Plugin)
{
    /// <summary>The configuration section its options are bound from.</summary>
    public string OptionsSection => $"Lottery:Strategies:{Name}";
}
