using Microsoft.AspNetCore.Http;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// Middleware in front of the exporter that numbers the scrapes, so the end of a run can wait for one that
/// began after its final values were recorded (the exporter itself says nothing about who scraped when).
/// </summary>
public sealed class ScrapeCounter
{
    private long started;
    private long latestAnswered;

    /// <summary>Scrapes begun so far.</summary>
    public long Started => Interlocked.Read(ref started);

    public async Task Count(HttpContext context, RequestDelegate next)
    {
        var number = Interlocked.Increment(ref started);
        try
        {
            await next(context);
        }
        finally
        {
            // Scrapes may finish out of order; keep the highest number answered.
            long seen;
            while ((seen = Interlocked.Read(ref latestAnswered)) < number && Interlocked.CompareExchange(ref latestAnswered, number, seen) != seen)
            {
            }
        }
    }

    /// <summary>Waits until a scrape begun after this call has been answered; false when the timeout passed first.</summary>
    public bool WaitForNextScrape(TimeSpan timeout)
    {
        var before = Started;
        return SpinWait.SpinUntil(() => Interlocked.Read(ref latestAnswered) > before, timeout);
    }
}
