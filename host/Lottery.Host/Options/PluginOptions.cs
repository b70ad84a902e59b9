namespace Lottery.Host.Options;

/// <summary>Lottery:Plugins: where plugin folders are found.</summary>
public sealed class PluginOptions
{
    /// <summary>The plugins folder; empty means "plugins" next to the host.</summary>
    public string Directory { get; set; } = "";

    public string ResolveDirectory() =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(AppContext.BaseDirectory, "plugins") : Path.GetFullPath(Directory);
}
