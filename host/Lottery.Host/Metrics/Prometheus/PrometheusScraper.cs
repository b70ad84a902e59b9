using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// A pull reader for the OpenTelemetry SDK: add <see cref="Reader"/> to a MeterProvider, then each
/// <see cref="Scrape"/> collects every instrument the provider listens to and returns the exposition text.
/// </summary>
public sealed class PrometheusScraper : IDisposable
{
    private readonly SnapshotExporter exporter = new();
    private readonly Lock gate = new();

    public PrometheusScraper() => Reader = new BaseExportingMetricReader(exporter);

    /// <summary>Added to the MeterProvider (which then owns and disposes it).</summary>
    public MetricReader Reader { get; }

    /// <summary>Collects now; an empty text before the reader is part of a provider or after it shut down.</summary>
    public string Scrape()
    {
        // One collection at a time: the reader's Collect is not reentrant and the snapshot is shared.
        lock (gate)
        {
            exporter.Latest = [];
            // The SDK only lets a pull-only reader collect through the delegate it gave the exporter.
            exporter.Collect?.Invoke(Timeout.Infinite);
            return PrometheusTextWriter.Write(exporter.Latest);
        }
    }

    public void Dispose() => Reader.Dispose();

    // The SDK hands pull exporters the collected batch synchronously inside Collect.
    [ExportModes(ExportModes.Pull)]
    private sealed class SnapshotExporter : BaseExporter<Metric>, IPullMetricExporter
    {
        public Func<int, bool>? Collect { get; set; }

        public IReadOnlyList<PrometheusFamily> Latest { get; set; } = [];

        public override ExportResult Export(in Batch<Metric> batch)
        {
            Latest = MetricSnapshot.Take(batch);
            return ExportResult.Success;
        }
    }
}
