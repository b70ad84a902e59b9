using Lottery.Host.Configuration;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Hosting;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lottery.Host.Tests;

/// <summary>
/// The real host with the built-in plugins, run inside the test process on an example (examples/quick-imp.json:
/// LeNet on Fashion-MNIST, quick) rather than the demo in appsettings.json, with the given overrides on top.
/// </summary>
internal static class InProcessHost
{
    internal static string QuickImp => Example("quick-imp.json");

    internal static string QuickPools => Example("quick-pools.json");

    internal static ImpRun RunImp(string runsRoot, params string[] overrides) => RunImp(runsRoot, null, overrides);

    internal static ImpRun RunImp(string runsRoot, ImpProgress? progress, params string[] overrides)
    {
        using var host = Build(QuickImp, runsRoot, overrides);
        return host.Services.GetRequiredService<ImpStage>().Run(progress);
    }

    /// <summary>examples/quick-pools.json: IMP, then the pools stage on its levels.</summary>
    internal static (ImpRun imp, PoolsSummary pools) RunPools(string runsRoot, params string[] overrides) =>
        RunPools(QuickPools, runsRoot, null, null, overrides);

    /// <summary>IMP, then the pools stage on its levels (the configuration or the overrides name the pool methods), as `run` does.</summary>
    internal static (ImpRun imp, PoolsSummary pools) RunPools(string config, string runsRoot, ImpProgress? impProgress, PoolsProgress? poolsProgress, params string[] overrides)
    {
        using var host = Build(config, runsRoot, overrides);
        var imp = host.Services.GetRequiredService<ImpStage>().Run(impProgress);
        return (imp, host.Services.GetRequiredService<PoolsStage>().Run(imp, poolsProgress) ?? throw new InvalidOperationException($"{config} and the overrides name no pool methods"));
    }

    /// <summary>The pools stage alone (examples/quick-pools.json's methods) on an IMP run that exists.</summary>
    internal static PoolsSummary? RunPoolsStage(ImpRun imp, string runsRoot, params string[] overrides)
    {
        using var host = Build(QuickPools, runsRoot, overrides);
        return host.Services.GetRequiredService<PoolsStage>().Run(imp);
    }

    private static string Example(string name) => Path.Combine(BuildOutputs.RepositoryRoot, "examples", name);

    private static IHost Build(string config, string runsRoot, string[] overrides)
    {
        Assert.True(Directory.Exists(BuildOutputs.BuiltInPlugins), $"{BuildOutputs.BuiltInPlugins} is missing: build the solution first (`make test` does)");
        var arguments = CommandLineArguments.Parse(
            ["run", "--config", config, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runsRoot}", "--Lottery:Device=cpu", .. overrides]);
        return LotteryHostFactory.Build(LotteryConfiguration.Build(arguments, BuildOutputs.HostDirectory));
    }
}
