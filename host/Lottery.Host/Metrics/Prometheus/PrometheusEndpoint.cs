using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// A small Kestrel application serving the OpenTelemetry Prometheus exporter of a MeterProvider at one path,
/// GET and HEAD only; every other path is 404 and every other method 405. Its scrapes are counted.
/// </summary>
public sealed class PrometheusEndpoint : IDisposable
{
    private readonly WebApplication app;

    private PrometheusEndpoint(Uri url, MeterProvider meters)
    {
        Url = url;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => Listen(kestrel, url));
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, RunOwnedLifetime>();
        app = builder.Build();
        app.MapPrometheusScrapingEndpoint(url.AbsolutePath, meters, branch => branch.Use(Scrapes.Count), null)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
    }

    public Uri Url { get; }

    public ScrapeCounter Scrapes { get; } = new();

    /// <summary>
    /// The endpoint serving the exporter that <paramref name="meters"/> was built with (AddPrometheusExporter) at url,
    /// or null (logged) when it cannot bind: a busy port must not stop a run.
    /// </summary>
    public static PrometheusEndpoint? TryStart(Uri url, MeterProvider meters, ILogger logger)
    {
        var endpoint = new PrometheusEndpoint(url, meters);
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

    public void Dispose()
    {
        app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
    }

    private static void Listen(KestrelServerOptions kestrel, Uri url)
    {
        if (url.IsLoopback && !IPAddress.TryParse(url.Host, out _)) kestrel.ListenLocalhost(url.Port);
        else if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address)) kestrel.Listen(address, url.Port);
        else kestrel.ListenAnyIP(url.Port);
    }
}
