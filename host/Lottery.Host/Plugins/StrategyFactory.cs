using Lottery.Contracts.Plugins;
using Lottery.Host.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Plugins;

/// <summary>
/// Creates strategies by name: checks the name against the catalog (an unknown name lists the known ones
/// of that kind, a conflicting one names both plugins), binds and validates its options from
/// Lottery:Strategies:&lt;name&gt; once (<see cref="ResolvedStrategy"/>, kept for the host's lifetime, which is one
/// run), and builds it through DI with those options.
/// </summary>
public sealed class StrategyFactory(PluginCatalog catalog, IConfiguration configuration, IServiceProvider services)
{
    private readonly Dictionary<(StrategyKind Kind, string Name), ResolvedStrategy> resolved = new();

    /// <summary>The strategy called name, for the setting at configKey (named in errors).</summary>
    public TContract Create<TContract>(string name, string configKey) where TContract : class =>
        Create<TContract>(Resolve(StrategyKinds.Of(typeof(TContract)), name, configKey));

    /// <summary>A new instance of a resolved strategy, with its options.</summary>
    public TContract Create<TContract>(ResolvedStrategy resolvedStrategy) where TContract : class
    {
        var (descriptor, options) = (resolvedStrategy.Descriptor, resolvedStrategy.Options);
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

    /// <summary>
    /// The strategy called name with its options, bound and validated on first use: an unknown name or a bad option is a
    /// <see cref="ConfigurationError"/> naming configKey or the option's key.
    /// </summary>
    public ResolvedStrategy Resolve(StrategyKind kind, string name, string configKey)
    {
        lock (resolved)
        {
            if (resolved.TryGetValue((kind, name), out var known)) return known;
            var descriptor = Describe(kind, name, configKey);
            return resolved[(kind, name)] = new ResolvedStrategy(descriptor, SectionBinder.Bind(descriptor.OptionsType, configuration, descriptor.OptionsSection));
        }
    }

    /// <summary>Whether a plugin provides a strategy of this kind and name (a list that mixes kinds, like the transform baselines, sorts by it).</summary>
    public bool Provides(StrategyKind kind, string name) => catalog.Find(kind, name) is not null;

    /// <summary>A registered strategy with its options (the `plugins` verb lists every one, used or not).</summary>
    public ResolvedStrategy Resolve(StrategyDescriptor descriptor) => Resolve(descriptor.Kind, descriptor.Name, descriptor.OptionsSection);

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
