using Lottery.Host.Cli;
using Lottery.Host.Configuration;
using Lottery.Host.Experiments;
using Lottery.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Tests;

/// <summary>
/// The real host with the built-in plugins, run inside the test process on examples/quick-imp.json (LeNet on
/// Fashion-MNIST: quick) rather than the demo in appsettings.json, with the given overrides on top.
/// </summary>
internal static class InProcessHost
{
    internal static string QuickImp => Path.Combine(BuildOutputs.RepositoryRoot, "examples", "quick-imp.json");

    internal static ImpRun RunImp(string runsRoot, params string[] overrides) => RunImp(runsRoot, null, overrides);

    internal static ImpRun RunImp(string runsRoot, ImpProgress? progress, params string[] overrides)
    {
        Assert.True(Directory.Exists(BuildOutputs.BuiltInPlugins), $"{BuildOutputs.BuiltInPlugins} is missing: build the solution first (`make test` does)");
        var arguments = CommandLineArguments.Parse(
            ["run", "--config", QuickImp, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}", "--Lottery:Device=cpu", .. overrides]);
        using var host = LotteryHostFactory.Build(LotteryConfiguration.Build(arguments, BuildOutputs.HostDirectory));
        return host.Services.GetRequiredService<ImpStage>().Run(progress);
    }
}
