using Lottery.Contracts.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Plugins;

/// <summary>Two plugins registered the same strategy name for one kind: the name is unusable until one is removed.</summary>
public sealed record StrategyConflict(StrategyKind Kind, string Name, IReadOnlyList<PluginInfo> Plugins)
{
    public string Message =>
        $"{Kind.DisplayName()} '{Name}' is registered by more than one plugin: {string.Join(", ", Plugins.Select(p => $"{p.Name} ({p.Path})"))}; remove all but one";
}

/// <summary>What the plugins folder yielded: loaded plugins, their strategies and services, failures and conflicts.</summary>
public sealed class PluginCatalog
{
    private readonly string directory;
    private readonly IReadOnlySet<string>? allowed;
    private readonly List<PluginInfo> plugins = new();
    private readonly List<PluginFailure> failures = new();
    private readonly List<StrategyDescriptor> registered = new();
    private readonly List<ServiceDescriptor> pluginServices = new();

    /// <param name="directory">The plugins folder it was loaded from.</param>
    /// <param name="allowed">The SHA-256 allow-list it was loaded under (normalised), or null.</param>
    internal PluginCatalog(string directory, IReadOnlySet<string>? allowed)
    {
        this.directory = FullPath(directory);
        this.allowed = allowed;
    }

    public IReadOnlyList<PluginInfo> Plugins => plugins;

    private static string FullPath(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    /// <summary>
    /// Whether loading the plugins folder under this allow-list would give this catalog (the same folder and list): a host
    /// built for another configuration with the same plugin settings (a sweep's point) can share it instead of loading
    /// every plugin into new load contexts again.
    /// </summary>
    public bool IsLoadedFrom(string pluginsDirectory, IReadOnlyCollection<string>? allowedSha256)
    {
        var other = PluginLoader.AllowList(allowedSha256);
        return FullPath(pluginsDirectory) == directory && (allowed == null ? other == null : other != null && allowed.SetEquals(other));
    }

    public IReadOnlyList<PluginFailure> Failures => failures;

    public IReadOnlyList<ServiceDescriptor> PluginServices => pluginServices;

    /// <summary>Strategy names registered by more than one plugin.</summary>
    public IReadOnlyList<StrategyConflict> Conflicts =>
        registered.GroupBy(d => (d.Kind, d.Name)).Where(g => g.Count() > 1)
            .Select(g => new StrategyConflict(g.Key.Kind, g.Key.Name, g.Select(d => d.Plugin).ToList())).ToList();

    /// <summary>Usable strategies: every registered one whose name is not in conflict.</summary>
    public IReadOnlyList<StrategyDescriptor> Strategies =>
        registered.GroupBy(d => (d.Kind, d.Name)).Where(g => g.Count() == 1).Select(g => g.Single())
            .OrderBy(d => d.Kind).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();

    internal void AddPlugin(PluginInfo plugin, IEnumerable<StrategyDescriptor> strategies, IEnumerable<ServiceDescriptor> services)
    {
        plugins.Add(plugin);
        registered.AddRange(strategies);
        pluginServices.AddRange(services);
    }

    internal void AddFailure(PluginFailure failure) => failures.Add(failure);

    public StrategyDescriptor? Find(StrategyKind kind, string name) => Strategies.FirstOrDefault(d => d.Kind == kind && d.Name == name);

    public StrategyConflict? FindConflict(StrategyKind kind, string name) => Conflicts.FirstOrDefault(c => c.Kind == kind && c.Name == name);

    public IEnumerable<string> NamesOf(StrategyKind kind) => Strategies.Where(d => d.Kind == kind).Select(d => d.Name);
}
