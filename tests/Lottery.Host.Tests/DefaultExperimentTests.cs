using Lottery.Host.Cli;
using Lottery.Host.Configuration;
using Lottery.Host.Experiments;
using Lottery.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Tests;

/// <summary>The default experiment end to end on the real Fashion-MNIST, through the real host and built-in plugins.</summary>
public class DefaultExperimentTests
{
    private static IReadOnlyList<LevelResult> Run(params string[] overrides)
    {
        Assert.True(Directory.Exists(RepositoryLayout.BuiltInPlugins), $"{RepositoryLayout.BuiltInPlugins} is missing: build the solution first (`make test` does)");
        var arguments = CommandLineArguments.Parse(["run", $"--Lottery:Plugins:Directory={RepositoryLayout.BuiltInPlugins}", .. overrides]);
        using var host = LotteryHostFactory.Build(LotteryConfiguration.Build(arguments, RepositoryLayout.HostDirectory));
        return host.Services.GetRequiredService<LotteryExperiment>().Run();
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void LeNet_300_100_reaches_82_percent_on_Fashion_MNIST_in_two_epochs_and_keeps_it_at_80_percent_density()
    {
        var levels = Run("--Lottery:Training:Epochs=2", "--Lottery:Experiment:Levels=1", "--Lottery:Device=cpu");
        Assert.Equal(2, levels.Count);
        Assert.True(levels[0].Final.TestAccuracy >= 0.82, $"dense test accuracy after 2 epochs: {levels[0].Final.TestAccuracy:P2}");
        Assert.Equal(0.8, levels[1].Density, 3);
        Assert.True(levels[1].Final.TestAccuracy >= 0.82, $"test accuracy at 80% density: {levels[1].Final.TestAccuracy:P2}");
    }
}
