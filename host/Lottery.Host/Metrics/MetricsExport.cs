using Lottery.Host.Metrics.Prometheus;
using Lottery.Host.Options;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Lottery.Host.Metrics;

/// <summary>
/// Starts the export of every meter whose name starts with "Lottery" (the host's and the plugins') for the
/// length of a run: an OpenTelemetry MeterProvider with the Prometheus pull endpoint and, when configured,
/// an OTLP push. Nothing is collected when both are off.
/// </summary>
public sealed class MetricsExport(MetricsOptions options, RuntimeMetrics runtime, PoolMetrics pools, ILogger<MetricsExport> logger)
{
    /// <summary>Instruments in meters named with this prefix are collected.</summary>
    public const string MeterPrefix = "Lottery";

    public MetricsSession Start(MetricLabels run)
    {
        runtime.Observe();
        if (!options.Prometheus.Enabled && !options.Otlp.Enabled) return new MetricsSession(null, null, logger, TimeSpan.Zero);

        var builder = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => resource.AddService("lottery", serviceInstanceId: run.Experiment))
            .AddMeter(MeterPrefix + "*");
        PrometheusScraper? scraper = null;
        if (options.Prometheus.Enabled)
        {
            scraper = new PrometheusScraper();
            builder.AddReader(scraper.Reader);
        }
        if (options.Otlp.Enabled)
        {
            builder.AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = new Uri(options.Otlp.Endpoint);
                exporter.Protocol = options.Otlp.Protocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)(options.Otlp.IntervalSeconds * 1000);
            });
        }
        var provider = builder.Build();
        // After Build: a measurement made before the provider listens is dropped.
        pools.Start(run with { Stage = "pools", Method = null });
        var endpoint = scraper == null ? null : PrometheusEndpoint.TryStart(new Uri(options.Prometheus.Url), scraper, logger);
        return new MetricsSession(provider, endpoint, logger, TimeSpan.FromSeconds(options.Prometheus.FinalScrapeWaitSeconds));
    }
}
