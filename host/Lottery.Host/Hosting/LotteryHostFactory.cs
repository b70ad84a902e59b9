using Lottery.Host.Experiments;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Verbs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lottery.Host.Hosting;

/// <summary>
/// Builds the generic host: the configuration as resolved from its sources, validated options, the
/// plugins folder loaded into a catalog (failures logged, not fatal), the plugins' own services, and the
/// verbs.
/// </summary>
public static class LotteryHostFactory
{
    public static IHost Build(IConfiguration configuration)
    {
        var options = LotteryOptions.Load(configuration);
        if (options.Threads > 0) Lottery.Torch.torch.set_num_threads(options.Threads);
        var catalog = PluginLoader.Load(options.Plugins.ResolveDirectory());

        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(catalog);
        foreach (var descriptor in catalog.PluginServices) services.Add(descriptor);
        services.AddSingleton<StrategyFactory>();
        services.AddTransient<ImpStage>();
        services.AddTransient<PoolsStage>();
        services.AddSingleton<IVerb, RunVerb>();
        services.AddSingleton<IVerb, PluginsVerb>();
        services.AddSingleton<IVerb, ConfigVerb>();
        services.AddSingleton<IVerb, VersionVerb>();

        var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Lottery.Plugins");
        foreach (var failure in catalog.Failures) logger.LogWarning("plugin folder {Path} skipped: {Reason}", failure.Path, failure.Reason);
        foreach (var conflict in catalog.Conflicts) logger.LogWarning("{Conflict}", conflict.Message);
        return host;
    }
}
