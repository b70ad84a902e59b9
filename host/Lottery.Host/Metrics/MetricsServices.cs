using Lottery.Host.Options;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Metrics;

/// <summary>Registers the host's instruments and their export.</summary>
public static class MetricsServices
{
    public static IServiceCollection AddLotteryMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<TrainingMetrics>();
        services.AddSingleton<PoolMetrics>();
        services.AddSingleton<SparseTrainingMetrics>();
        services.AddSingleton<RuntimeMetrics>();
        services.AddSingleton(provider => provider.GetRequiredService<LotteryOptions>().Metrics);
        services.AddSingleton<MetricsExport>();
        return services;
    }
}
