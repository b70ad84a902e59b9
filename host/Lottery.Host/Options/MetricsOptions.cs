using Lottery.Host.Configuration;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Options;

/// <summary>Lottery:Metrics: where the run's metrics go (a Prometheus endpoint, an OTLP collector, both or neither).</summary>
public sealed class MetricsOptions
{
    public PrometheusOptions Prometheus { get; set; } = new();

    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>
    /// Binds and validates each sub-section on its own (DataAnnotations do not recurse, and a sub-section's
    /// misspelt key is best named by its own binding), then the section itself for keys it does not have.
    /// </summary>
    public static MetricsOptions Load(IConfiguration configuration, string sectionPath)
    {
        var metrics = new MetricsOptions
        {
            Prometheus = SectionBinder.Bind<PrometheusOptions>(configuration, $"{sectionPath}:Prometheus"),
            Otlp = SectionBinder.Bind<OtlpOptions>(configuration, $"{sectionPath}:Otlp"),
        };
        SectionBinder.Bind<MetricsOptions>(configuration, sectionPath);
        return metrics;
    }
}
