namespace Lottery.Host.Options;

/// <summary>Lottery:Plugins: where plugin folders are found.</summary>
public sealed class PluginOptions
{
    /// <summary>The plugins folder; empty means "plugins" next to the host.</summary>
    public string Directory { get; set; } = "";

    /// <summary>When not empty, only plugin DLLs whose SHA-256 (hex) is listed are loaded.</summary>
    public List<string> AllowedSha256 { get; set; } = new();

    public string ResolveDirectory() =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(AppContext.BaseDirectory, "plugins") : Path.GetFullPath(Directory);
}
