using Lottery.Host.Metrics.Prometheus;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Lottery.Host.Metrics;

/// <summary>
/// The export while a run lasts. Disposing it ends the run's metrics: when something has been scraping,
/// it first waits (at most finalScrapeWait) for one more scrape, so the values recorded last (the final
/// level's evaluation) reach Prometheus; then it stops the endpoint and flushes the OTLP push.
/// </summary>
public sealed class MetricsSession(MeterProvider? provider, PrometheusEndpoint? endpoint, ILogger logger, TimeSpan finalScrapeWait) : IDisposable
{
    /// <summary>Where Prometheus can scrape, or null when no endpoint is serving.</summary>
    public Uri? PrometheusUrl => endpoint?.Url;

    public void Dispose()
    {
        if (endpoint != null)
        {
            if (endpoint.Scrapes > 0 && finalScrapeWait > TimeSpan.Zero && !endpoint.WaitForNextScrape(finalScrapeWait))
            {
                logger.LogWarning("no scrape of {Url} within {Seconds} s after the run: Prometheus may miss the final values", endpoint.Url, finalScrapeWait.TotalSeconds);
            }
            endpoint.Dispose();
        }
        provider?.Dispose();
    }
}
