using Lottery.Contracts.Pruning;
using Lottery.Host.Configuration;
using Lottery.Host.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lottery.Host.Tests;

/// <summary>Strategies created by name through the real host (LotteryHostFactory) from a temporary plugins folder.</summary>
public sealed class StrategyFactoryTests : IDisposable
{
    private const string PrunerKey = "Lottery:Experiment:Pruner";

    private readonly PluginsFolder folder = new PluginsFolder().Add("Good.Plugin");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void GoodPrunerKeepsTheLargestWeights()
    {
        using var host = BuildHost();
        var pruner = Strategies(host).Create<IPruner>("test-good", PrunerKey);
        using var model = new TinyModel(new float[,] { { 0.1f, -4f }, { 3f, -0.2f } });

        using var mask = pruner.Prune(model.Context(targetDensity: 0.5));

        Assert.Equal([false, true, true, false], TinyModel.Kept(mask));
    }

    [Fact]
    public void ConfiguredOptionReachesTheStrategy()
    {
        using var host = BuildHost(("Lottery:Strategies:test-good:MinimumKept", "3"));
        var pruner = Strategies(host).Create<IPruner>("test-good", PrunerKey);
        using var model = new TinyModel(new float[,] { { 0.1f, -4f }, { 3f, -0.2f } });

        using var mask = pruner.Prune(model.Context(targetDensity: 0.25));

        Assert.Equal([false, true, true, true], TinyModel.Kept(mask));
    }

    [Fact]
    public void UnknownNameListsTheKnownOnes()
    {
        using var host = BuildHost();

        var error = Assert.Throws<ConfigurationError>(() => Strategies(host).Create<IPruner>("nope", PrunerKey));

        Assert.Contains("Lottery:Experiment:Pruner = 'nope' is not a known pruner", error.Message);
        Assert.Contains("known pruner strategies are test-good", error.Message);
    }

    [Fact]
    public void OptionOutOfRangeNamesTheFullKeyAndValue()
    {
        using var host = BuildHost(("Lottery:Strategies:test-good:MinimumKept", "0"));

        var error = Assert.Throws<ConfigurationError>(() => Strategies(host).Create<IPruner>("test-good", PrunerKey));

        Assert.Contains("Lottery:Strategies:test-good:MinimumKept = 0 is invalid", error.Message);
        Assert.Contains("expected a count from 1 to 1000000", error.Message);
    }

    [Fact]
    public void UnknownOptionKeyIsRejectedByName()
    {
        using var host = BuildHost(("Lottery:Strategies:test-good:MinimumKep", "3"));

        var error = Assert.Throws<ConfigurationError>(() => Strategies(host).Create<IPruner>("test-good", PrunerKey));

        Assert.Contains("Lottery:Strategies:test-good:MinimumKep is not a known key", error.Message);
        Assert.Contains("MinimumKept", error.Message);
    }

    [Fact]
    public void ConflictingNameNamesBothPlugins()
    {
        folder.Add("Duplicate.Plugin");
        using var host = BuildHost();

        var error = Assert.Throws<ConfigurationError>(() => Strategies(host).Create<IPruner>("test-good", PrunerKey));

        Assert.Contains("pruner 'test-good' is registered by more than one plugin", error.Message);
        Assert.Contains($"Duplicate.Plugin ({folder.PathOf("Duplicate.Plugin")})", error.Message);
        Assert.Contains($"Good.Plugin ({folder.PathOf("Good.Plugin")})", error.Message);
    }

    private IHost BuildHost(params (string Key, string Value)[] settings) => TestHost.Build(folder, settings);

    private static StrategyFactory Strategies(IHost host) => host.Services.GetRequiredService<StrategyFactory>();
}
