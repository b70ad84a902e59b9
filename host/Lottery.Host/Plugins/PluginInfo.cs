namespace Lottery.Host.Plugins;

/// <summary>A loaded plugin: its assembly name, version and the path it was loaded from.</summary>
public sealed record PluginInfo(string Name, string Version, string Path);

/// <summary>A plugin folder that could not be loaded, and why.</summary>
public sealed record PluginFailure(string Path, string Reason);
