using Lottery.Contracts.Pruning;
using Lottery.Host.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lottery.Host.Tests;

/// <summary>
/// Strategies created by name through the real host (LotteryHostFactory) from a temporary plugins folder. Names and
/// options that are wrong are among the bad-input cases (tests/Lottery.Host.Tests/BadInput).
/// </summary>
[Collection(GlobalRandomUsersCollection.Name)]
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

    private IHost BuildHost(params (string Key, string Value)[] settings) => TestHost.Build(folder, settings);

    private static StrategyFactory Strategies(IHost host) => host.Services.GetRequiredService<StrategyFactory>();
}
