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
        Assert.True(Directory.Exists(RepositoryLayout.BuiltInPlugins), $"{RepositoryLayout.BuiltInPlugins} is missing: build the solution first (`make test` does)");
        var arguments = CommandLineArguments.Parse(
            ["run", $"--Lottery:Plugins:Directory={RepositoryLayout.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}", "--Lottery:Device=cpu", .. overrides]);
        using var host = LotteryHostFactory.Build(LotteryConfiguration.Build(arguments, RepositoryLayout.HostDirectory));
        return host.Services.GetRequiredService<ImpStage>().Run();
    }
}
