using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Metrics;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Progress;
using Lottery.Host.Verbs;
using Lottery.Host.Configuration;
using Lottery.Host.Sweeps;
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
    /// <param name="error">Where warnings go (the command line's error stream); null: standard error.</param>
    /// <param name="invocation">The command line and base folder the host was started with (a sweep starts its points from them); null: no arguments, this assembly's folder.</param>
    /// <param name="loaded">Plugins this process already loaded: used when this configuration names the same folder and allow-list, else loaded afresh.</param>
    public static IHost Build(IConfiguration configuration, TextWriter? error = null, HostInvocation? invocation = null, PluginCatalog? loaded = null)
    {
        var options = LotteryOptions.Load(configuration);
        // As libtorch loads: a command that computes nothing (plugins, runs, a sweep's plan) does not load it at all.
        Lottery.Torch.torch.set_num_threads_when_loaded(options.IntraOpThreads);
        var pluginsDirectory = options.Plugins.ResolveDirectory();
        var catalog = loaded != null && loaded.IsLoadedFrom(pluginsDirectory, options.Plugins.AllowedSha256)
            ? loaded
            : PluginLoader.Load(pluginsDirectory, options.Plugins.AllowedSha256);

        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new WriterLoggerProvider(error ?? Console.Error));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(options);
        // The configuration as built rather than the builder's chained copy of it, which reads a key set to an empty
        // value ("--Lottery:Strategies:lottery-pools:Alphas=") as unset: strategy options must see what the user wrote.
        services.AddSingleton(configuration);
        services.AddSingleton(catalog);
        foreach (var descriptor in catalog.PluginServices) services.Add(descriptor);
        services.AddSingleton<StrategyFactory>();
        services.AddTransient<ImpStage>();
        services.AddLotteryMetrics();
        services.AddSingleton<ConsoleProgress>();
        services.AddTransient<PoolsStage>();
        services.AddTransient<TransformStage>();
        services.AddTransient<SparseTrainingStage>();
        services.AddSingleton<IVerb, RunVerb>();
        services.AddSingleton<IVerb, RunsVerb>();
        services.AddSingleton<IVerb, PluginsVerb>();
        services.AddSingleton<IVerb, ConfigVerb>();
        services.AddSingleton<IVerb, VersionVerb>();
        services.AddSingleton<IVerb, SweepVerb>();
        services.AddSingleton<IVerb, ReportVerb>();
        services.AddSingleton(invocation ?? new HostInvocation(CommandLineArguments.Parse([]), AppContext.BaseDirectory));
        services.AddSingleton<IPointIdentity, HostedPointIdentity>();
        services.AddSingleton<PointCommand>();
        services.AddSingleton<ISweepExecutor, LocalExecutor>();
        services.AddSingleton<ISweepExecutor, SlurmExecutor>();

        var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Lottery.Plugins");
        foreach (var failure in catalog.Failures) logger.LogWarning("plugin folder {Path} skipped: {Reason}", failure.Path, failure.Reason);
        foreach (var conflict in catalog.Conflicts) logger.LogWarning("{Conflict}", conflict.Message);
        if (PluginFolderPermissions.WritableByOthers(pluginsDirectory) is { } who)
        {
            logger.LogWarning("plugins folder {Path} is writable by {Who}: anyone who can write there can run code in this host", pluginsDirectory, who);
        }
        return host;
    }
}
