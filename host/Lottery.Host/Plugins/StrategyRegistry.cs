using System.Text.RegularExpressions;
using Lottery.Contracts.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Plugins;

/// <summary>
/// Collects one plugin's registrations. Nothing reaches the host's catalog until the plugin's Register
/// call has returned without throwing, so a plugin that fails half way leaves no strategies behind.
/// </summary>
internal sealed partial class StrategyRegistry(PluginInfo plugin) : IStrategyRegistry
{
    private readonly List<StrategyDescriptor> descriptors = new();

    public IServiceCollection Services { get; } = new ServiceCollection();

    internal IReadOnlyList<StrategyDescriptor> Descriptors => descriptors;

    public IStrategyRegistry Add<TContract, TStrategy, TOptions>(string name, string description)
        where TContract : class
        where TStrategy : class, TContract
        where TOptions : class, new()
    {
        var kind = StrategyKinds.Of(typeof(TContract));
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException($"strategy name '{name}' is invalid: use lower-case letters, digits and '-' (e.g. 'magnitude', 'acme-pruning')");
        }
        if (descriptors.Any(d => d.Kind == kind && d.Name == name))
        {
            throw new ArgumentException($"{kind.DisplayName()} '{name}' is registered twice by {plugin.Name}");
        }
        descriptors.Add(new StrategyDescriptor(kind, name, description, typeof(TContract), typeof(TStrategy), typeof(TOptions), plugin));
        return this;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidName();
}
