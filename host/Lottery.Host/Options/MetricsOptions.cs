using Lottery.Host.Configuration;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Options;

/// <summary>Lottery:Metrics: where the run's metrics go (a Prometheus endpoint, an OTLP collector, both or neither).</summary>
public sealed class MetricsOptions
{
    public PrometheusOptions Prometheus { get; set; } = new();

    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>Binds Lottery:Metrics and validates each sub-section (DataAnnotations do not recurse into them).</summary>
    public static MetricsOptions Load(IConfiguration configuration, string sectionPath)
    {
        SectionBinder.Bind<MetricsOptions>(configuration, sectionPath);
        return new MetricsOptions
        {
            Prometheus = SectionBinder.Bind<PrometheusOptions>(configuration, $"{sectionPath}:Prometheus"),
            Otlp = SectionBinder.Bind<OtlpOptions>(configuration, $"{sectionPath}:Otlp"),
        };
    }
}
