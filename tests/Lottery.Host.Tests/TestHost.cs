using Lottery.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Lottery.Host.Tests;

/// <summary>The real host (LotteryHostFactory) over a temporary plugins folder, with extra settings from memory.</summary>
internal static class TestHost
{
    public static IHost Build(PluginsFolder plugins, params (string Key, string Value)[] settings) =>
        LotteryHostFactory.Build(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))
                .Append(KeyValuePair.Create("Lottery:Plugins:Directory", (string?)plugins.DirectoryPath)))
            .Build());
}
