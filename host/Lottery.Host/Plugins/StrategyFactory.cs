using Lottery.Contracts.Plugins;
using Lottery.Host.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Plugins;

/// <summary>
/// Creates strategies by name: checks the name against the catalog (an unknown name lists the known ones
/// of that kind, a conflicting one names both plugins), binds and validates its options from
/// Lottery:Strategies:&lt;name&gt;, and builds it through DI with those options.
/// </summary>
public sealed class StrategyFactory(PluginCatalog catalog, IConfiguration configuration, IServiceProvider services)
{
    /// <summary>The strategy called name, for the setting at configKey (named in errors).</summary>
    public TContract Create<TContract>(string name, string configKey) where TContract : class
    {
        var descriptor = Describe(StrategyKinds.Of(typeof(TContract)), name, configKey);
        var options = BindOptions(descriptor);
        // The options reach the strategy only if one of its constructors asks for them.
        var wantsOptions = descriptor.ImplementationType.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == descriptor.OptionsType));
        object strategy;
        try
        {
            strategy = wantsOptions
                ? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType, options)
                : ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType);
        }
        catch (Exception e) when (e is not ConfigurationError)
        {
            throw new StrategyFailedException(descriptor, e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e);
        }
        return StrategyGuard.Wrap((TContract)strategy, descriptor);
    }

    /// <summary>Checks that name is a usable strategy of the kind and that its options are valid, without creating it.</summary>
    public StrategyDescriptor Validate(StrategyKind kind, string name, string configKey)
    {
        var descriptor = Describe(kind, name, configKey);
        BindOptions(descriptor);
        return descriptor;
    }

    /// <summary>The strategy's options as bound from configuration (defaults where unset).</summary>
    public object BindOptions(StrategyDescriptor descriptor) =>
        SectionBinder.Bind(descriptor.OptionsType, configuration, descriptor.OptionsSection);

    private StrategyDescriptor Describe(StrategyKind kind, string name, string configKey)
    {
        if (catalog.FindConflict(kind, name) is { } conflict) throw new ConfigurationError($"{configKey} = '{name}': {conflict.Message}");
        if (catalog.Find(kind, name) is { } descriptor) return descriptor;
        var known = catalog.NamesOf(kind).ToList();
        var message = $"{configKey} = '{name}' is not a known {kind.DisplayName()}: " +
                      (known.Count == 0 ? $"no {kind.DisplayName()} strategies are loaded" : $"known {kind.DisplayName()} strategies are {string.Join(", ", known)}");
        if (catalog.Failures.Count > 0)
        {
            message += $". {catalog.Failures.Count} plugin folder(s) failed to load: " +
                       string.Join("; ", catalog.Failures.Select(f => $"{f.Path}: {f.Reason}"));
        }
        throw new ConfigurationError(message);
    }
}
