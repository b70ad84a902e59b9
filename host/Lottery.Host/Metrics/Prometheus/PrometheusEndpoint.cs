using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// Kestrel serving one path, the scrape, and nothing else (404 everywhere else). It numbers the scrapes so the
/// end of a run can wait for one that started after its final values were recorded.
/// </summary>
public sealed class PrometheusEndpoint : IDisposable
{
    private readonly WebApplication app;
    private readonly PrometheusScraper scraper;
    private readonly string path;
    private readonly ILogger logger;
    private long started;
    private long latestAnswered;

    private PrometheusEndpoint(Uri url, PrometheusScraper scraper, ILogger logger)
    {
        this.scraper = scraper;
        this.logger = logger;
        path = url.AbsolutePath;
        Url = url;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => Listen(kestrel, url));
        builder.Services.AddSingleton<IHostLifetime, RunOwnedLifetime>();
        app = builder.Build();
        app.Run(Handle);
    }

    public Uri Url { get; }

    /// <summary>Scrapes begun so far.</summary>
    public long Scrapes => Interlocked.Read(ref started);

    /// <summary>The endpoint serving at url, or null (logged) when it cannot bind: a busy port must not stop a run.</summary>
    public static PrometheusEndpoint? TryStart(Uri url, PrometheusScraper scraper, ILogger logger)
    {
        var endpoint = new PrometheusEndpoint(url, scraper, logger);
        try
        {
            endpoint.app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            logger.LogWarning("metrics endpoint {Url} could not start ({Reason}); the run goes on without it", url, e.Message);
            endpoint.Dispose();
            return null;
        }
        if (!url.IsLoopback) logger.LogWarning("metrics endpoint {Url} is reachable from other machines and has no authentication", url);
        return endpoint;
    }

    /// <summary>Waits until a scrape begun after this call has been answered; false when the timeout passed first.</summary>
    public bool WaitForNextScrape(TimeSpan timeout)
    {
        var before = Scrapes;
        return SpinWait.SpinUntil(() => Interlocked.Read(ref latestAnswered) > before, timeout);
    }

    public void Dispose()
    {
        app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
    }

    private async Task Handle(HttpContext context)
    {
        if (context.Request.Path != path || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var number = Interlocked.Increment(ref started);
        try
        {
            var text = scraper.Scrape();
            context.Response.ContentType = PrometheusTextWriter.ContentType;
            await context.Response.WriteAsync(text, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "metrics scrape failed");
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
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

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, Uri url)
    {
        if (url.IsLoopback && !IPAddress.TryParse(url.Host, out _)) kestrel.ListenLocalhost(url.Port);
        else if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address)) kestrel.Listen(address, url.Port);
        else kestrel.ListenAnyIP(url.Port);
    }
}
