using System.Security.Cryptography;
using Lottery.Host.Plugins;

namespace Lottery.Host.Tests;

/// <summary>Lottery:Plugins:AllowedSha256 admits only listed DLLs; a plugins folder others can write to is flagged.</summary>
public sealed class PluginTrustTests : IDisposable
{
    private readonly PluginsFolder folder = new PluginsFolder().Add("Good.Plugin").Add("Throwing.Plugin");

    public void Dispose() => folder.Dispose();

    private string Sha256Of(string name) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.PathOf(name))));

    [Fact]
    public void Only_listed_plugins_load_when_an_allowlist_is_set()
    {
        var catalog = PluginLoader.Load(folder.DirectoryPath, [Sha256Of("Good.Plugin").ToUpperInvariant()]);
        Assert.Equal("Good.Plugin", Assert.Single(catalog.Plugins).Name);
        var refused = Assert.Single(catalog.Failures);
        Assert.Equal(folder.PathOf("Throwing.Plugin"), refused.Path);
        Assert.Contains($"its SHA-256 {Sha256Of("Throwing.Plugin")} is not in Lottery:Plugins:AllowedSha256", refused.Reason);
        // The refused DLL was never loaded, so its registration never ran ("boom" would say otherwise).
        Assert.DoesNotContain("boom", refused.Reason);
    }

    [Fact]
    public void An_empty_allowlist_loads_everything()
    {
        var catalog = PluginLoader.Load(folder.DirectoryPath, []);
        Assert.Equal("Good.Plugin", Assert.Single(catalog.Plugins).Name);
        Assert.Contains("boom", Assert.Single(catalog.Failures).Reason);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_plugins_folder_writable_by_others_is_flagged()
    {
        File.SetUnixFileMode(folder.DirectoryPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Null(PluginFolderPermissions.WritableByOthers(folder.DirectoryPath));
        File.SetUnixFileMode(folder.DirectoryPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        Assert.Equal("other users", PluginFolderPermissions.WritableByOthers(folder.DirectoryPath));
    }
}
