using Lottery.Host.Metrics.Prometheus;
using Lottery.Host.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Lottery.Host.Metrics;

/// <summary>
/// Starts the export of every meter whose name starts with "Lottery" (the host's and the plugins') for the
/// length of a run: OpenTelemetry's metrics pipeline (AddOpenTelemetry().WithMetrics) with the Prometheus
/// exporter on its endpoint and, when configured, an OTLP push. Nothing is collected when both are off.
/// </summary>
public sealed class MetricsExport(MetricsOptions options, RuntimeMetrics runtime, PoolMetrics pools, ILogger<MetricsExport> logger)
{
    /// <summary>Instruments in meters named with this prefix are collected.</summary>
    public const string MeterPrefix = "Lottery";

    public MetricsSession Start(MetricLabels run)
    {
        runtime.Observe();
        if (!options.Prometheus.Enabled && !options.Otlp.Enabled) return new MetricsSession(null, null, logger, TimeSpan.Zero);

        // A container of the run's own rather than the host's: the pipeline lives exactly as long as the run, and
        // disposing it shuts the MeterProvider down, which flushes the OTLP push.
        var services = new ServiceCollection();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("lottery", serviceInstanceId: run.Experiment))
            .WithMetrics(Configure);
        var telemetry = services.BuildServiceProvider();
        // The host is never started (only `run` exports), so no hosted service builds the provider: resolving it does.
        var meters = telemetry.GetRequiredService<MeterProvider>();
        // After the provider listens: a measurement made before is dropped.
        pools.Start(run with { Stage = "pools", Method = null });
        var endpoint = options.Prometheus.Enabled ? PrometheusEndpoint.TryStart(new Uri(options.Prometheus.Url), meters, logger) : null;
        return new MetricsSession(telemetry, endpoint, logger, TimeSpan.FromSeconds(options.Prometheus.FinalScrapeWaitSeconds));
    }

    private void Configure(MeterProviderBuilder metrics)
    {
        metrics.AddMeter(MeterPrefix + "*");
        if (options.Prometheus.Enabled)
        {
            // Every scrape collects afresh: a cached answer could hold values from before the run's final evaluation.
            metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
        }
        if (options.Otlp.Enabled)
        {
            metrics.AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = new Uri(options.Otlp.Endpoint);
                exporter.Protocol = options.Otlp.Protocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)(options.Otlp.IntervalSeconds * 1000);
            });
        }
    }
}
