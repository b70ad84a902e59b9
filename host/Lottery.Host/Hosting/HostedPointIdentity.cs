using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Runs;
using Lottery.Host.Stages;
using Lottery.Host.Sweeps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Hosting;

/// <summary>
/// A point's identity from a host built on the point's configuration, as its own `./lottery run` builds one: the same
/// options, plugins and strategies give the same run directory, and the stages' checks refuse what would not run. The
/// point's host shares the sweep's loaded plugins unless the point sets another plugins folder or allow-list: loading
/// them again for every point costs a sweep its start-up time and keeps a copy of every plugin per point in memory.
/// </summary>
public sealed class HostedPointIdentity(PluginCatalog plugins) : IPointIdentity
{
    public PointIdentity Resolve(IConfigurationRoot pointConfiguration)
    {
        using var host = LotteryHostFactory.Build(pointConfiguration, TextWriter.Null, loaded: plugins);
        var services = host.Services;
        services.GetRequiredService<PoolsStage>().Validate();
        if (services.GetRequiredService<LotteryOptions>().Transform.Enabled) services.GetRequiredService<TransformStage>().Validate();
        services.GetRequiredService<SparseTrainingStage>().Validate();
        return new PointIdentity(services.GetRequiredService<ImpStage>().RunDirectoryPath(), RunCompletion.Fingerprint(pointConfiguration));
    }
}
