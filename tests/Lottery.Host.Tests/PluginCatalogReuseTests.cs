using System.Security.Cryptography;
using Lottery.Host.Hosting;
using Lottery.Host.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Tests;

/// <summary>
/// A host built for another configuration (a sweep's point) shares the plugins this process loaded when it names the same
/// folder and allow-list, and loads its own when either differs.
/// </summary>
public sealed class PluginCatalogReuseTests : IDisposable
{
    private readonly PluginsFolder folder = new PluginsFolder().Add("Good.Plugin");
    private readonly PluginsFolder other = new PluginsFolder().Add("Good.Plugin");

    public void Dispose()
    {
        folder.Dispose();
        other.Dispose();
    }

    private string Sha256Of(string name) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.PathOf(name))));

    [Fact]
    public void A_catalog_knows_the_folder_and_allowlist_it_was_loaded_from()
    {
        var hash = Sha256Of("Good.Plugin");
        var listed = PluginLoader.Load(folder.DirectoryPath, [hash.ToUpperInvariant()]);
        var open = PluginLoader.Load(folder.DirectoryPath);

        // The list as the loader compares it: case and surrounding blanks do not make another list.
        Assert.True(listed.IsLoadedFrom(folder.DirectoryPath + "/", [$" {hash} "]));
        Assert.False(listed.IsLoadedFrom(folder.DirectoryPath, null));
        Assert.False(listed.IsLoadedFrom(folder.DirectoryPath, [hash, new string('0', 64)]));
        Assert.False(listed.IsLoadedFrom(other.DirectoryPath, [hash]));
        // No list and an empty list both load every DLL.
        Assert.True(open.IsLoadedFrom(folder.DirectoryPath, []));
        Assert.False(open.IsLoadedFrom(folder.DirectoryPath, [hash]));
    }

    [Fact]
    public void A_host_shares_loaded_plugins_only_when_its_plugin_settings_name_the_same_folder_and_list()
    {
        var loaded = PluginLoader.Load(folder.DirectoryPath);

        using var same = LotteryHostFactory.Build(Settings(folder, ("Lottery:Training:Seed", "3")), TextWriter.Null, loaded: loaded);
        using var elsewhere = LotteryHostFactory.Build(Settings(other), TextWriter.Null, loaded: loaded);
        using var listed = LotteryHostFactory.Build(Settings(folder, ("Lottery:Plugins:AllowedSha256:0", Sha256Of("Good.Plugin"))), TextWriter.Null, loaded: loaded);

        Assert.Same(loaded, same.Services.GetRequiredService<PluginCatalog>());
        var own = elsewhere.Services.GetRequiredService<PluginCatalog>();
        Assert.NotSame(loaded, own);
        Assert.Equal(other.PathOf("Good.Plugin"), Assert.Single(own.Plugins).Path);
        Assert.NotSame(loaded, listed.Services.GetRequiredService<PluginCatalog>());
    }

    private static IConfiguration Settings(PluginsFolder plugins, params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))
                .Append(KeyValuePair.Create("Lottery:Plugins:Directory", (string?)plugins.DirectoryPath)))
            .Build();
}
