using Lottery.Host.Cli;
using Lottery.Host.Configuration;
using Lottery.Host.Experiments;
using Lottery.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Tests;

/// <summary>The real host with the built-in plugins, configured by command-line overrides, run inside the test process.</summary>
internal static class InProcessHost
{
    internal static ImpRun RunImp(string runsRoot, params string[] overrides)
    {
        Assert.True(Directory.Exists(BuildOutputs.BuiltInPlugins), $"{BuildOutputs.BuiltInPlugins} is missing: build the solution first (`make test` does)");
        var arguments = CommandLineArguments.Parse(
            ["run", $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}", "--Lottery:Device=cpu", .. overrides]);
        using var host = LotteryHostFactory.Build(LotteryConfiguration.Build(arguments, BuildOutputs.HostDirectory));
        return host.Services.GetRequiredService<ImpStage>().Run();
    }
}
