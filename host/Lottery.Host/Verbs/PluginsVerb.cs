using System.Reflection;
using Lottery.Contracts.Plugins;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;

namespace Lottery.Host.Verbs;

/// <summary>`plugins`: every loaded plugin, every strategy by kind and name with its options, and what failed.</summary>
public sealed class PluginsVerb(PluginCatalog catalog, StrategyFactory strategies, LotteryOptions options) : IVerb
{
    public string Name => "plugins";

    public string Summary => "list loaded plugins, their strategies and options, and plugin folders that failed";

    public int Run(TextWriter output, TextWriter error, CancellationToken stop)
    {
        output.WriteLine($"plugins folder: {options.Plugins.ResolveDirectory()}");
        output.WriteLine();
        output.WriteLine($"loaded plugins ({catalog.Plugins.Count}):");
        foreach (var plugin in catalog.Plugins) output.WriteLine($"  {plugin.Name} {plugin.Version}  {plugin.Path}");
        output.WriteLine();
        output.WriteLine($"strategies ({catalog.Strategies.Count}):");
        foreach (var strategy in catalog.Strategies) WriteStrategy(output, strategy);
        if (catalog.Conflicts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("conflicting strategy names (unusable until resolved):");
            foreach (var conflict in catalog.Conflicts) output.WriteLine($"  {conflict.Message}");
        }
        if (catalog.Failures.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"plugin folders that failed to load ({catalog.Failures.Count}):");
            foreach (var failure in catalog.Failures) output.WriteLine($"  {failure.Path}: {failure.Reason}");
        }
        return 0;
    }

    private void WriteStrategy(TextWriter output, StrategyDescriptor strategy)
    {
        output.WriteLine($"  {strategy.Kind.DisplayName(),-18} {strategy.Name,-22} {strategy.Description}  [{strategy.Plugin.Name}]");
        var properties = strategy.OptionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        if (properties.Count == 0) return;
        var defaults = Activator.CreateInstance(strategy.OptionsType)!;
        object? configured = null;
        string? invalid = null;
        try
        {
            configured = strategies.Resolve(strategy).Options;
        }
        catch (ConfigurationError e)
        {
            invalid = e.Message;
        }
        output.WriteLine($"      options ({strategy.OptionsSection}):");
        foreach (var property in properties)
        {
            var defaultValue = SectionBinder.Format(property.GetValue(defaults));
            var current = configured == null ? null : SectionBinder.Format(property.GetValue(configured));
            var shown = current == null || current == defaultValue ? $"default {defaultValue}" : $"{current} (default {defaultValue})";
            output.WriteLine($"        {property.Name} = {shown}");
        }
        if (invalid != null) output.WriteLine($"      invalid configuration: {invalid}");
    }
}
