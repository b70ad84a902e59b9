using Lottery.Host.Metrics.Prometheus;
using Microsoft.Extensions.Logging;

namespace Lottery.Host.Metrics;

/// <summary>
/// The export while a run lasts. <see cref="Finish"/> is for a run that completed: when something has been
/// scraping, it waits (at most finalScrapeWait) for one more scrape, so the values recorded last (the final
/// level's evaluation) reach Prometheus. Disposing stops the endpoint and then the metrics pipeline (which
/// flushes the OTLP push); a run that was stopped or failed goes straight there and exits at once.
/// </summary>
public sealed class MetricsSession(IDisposable? telemetry, PrometheusEndpoint? endpoint, ILogger logger, TimeSpan finalScrapeWait) : IDisposable
{
    /// <summary>Where Prometheus can scrape, or null when no endpoint is serving.</summary>
    public Uri? PrometheusUrl => endpoint?.Url;

    public void Finish()
    {
        if (endpoint == null || endpoint.Scrapes.Started == 0 || finalScrapeWait <= TimeSpan.Zero) return;
        if (!endpoint.Scrapes.WaitForNextScrape(finalScrapeWait))
        {
            logger.LogWarning("no scrape of {Url} within {Seconds} s after the run: Prometheus may miss the final values", endpoint.Url, finalScrapeWait.TotalSeconds);
        }
    }

    public void Dispose()
    {
        endpoint?.Dispose();
        telemetry?.Dispose();
    }
}
