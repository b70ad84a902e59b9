using System.Diagnostics.Metrics;
using Lottery.Host.Metrics.Prometheus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// A meter of the test's own, collected by an OpenTelemetry MeterProvider with the Prometheus exporter and
/// served by the host's <see cref="PrometheusEndpoint"/> on a free port, as a run serves its meters. The
/// meter's name is unique and outside "Lottery*", so neither another test nor a host in this process sees it.
/// </summary>
internal sealed class ScrapedMeter : IDisposable
{
    private readonly MeterProvider provider;
    private readonly PrometheusEndpoint endpoint;

    /// <summary>Serves on <paramref name="address"/> (loopback unless given), logging to <paramref name="logger"/>.</summary>
    public ScrapedMeter(string address = "127.0.0.1", ILogger? logger = null)
    {
        Meter = new Meter($"Test.Exposition.{Guid.NewGuid():N}");
        provider = Sdk.CreateMeterProviderBuilder().AddMeter(Meter.Name)
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0).Build();
        Port = FreePort.Next();
        endpoint = PrometheusEndpoint.TryStart(new Uri($"http://{address}:{Port}/metrics"), provider, logger ?? NullLogger.Instance)
            ?? throw new InvalidOperationException($"the endpoint did not start on port {Port}");
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public Meter Meter { get; }

    public int Port { get; }

    /// <summary>A client of the endpoint (over IPv4 loopback, whatever address it listens on).</summary>
    public HttpClient Http { get; }

    /// <summary>A scrape in the classic text format 0.0.4, which a client that asks for no format gets.</summary>
    public string Scrape() => Http.GetStringAsync("/metrics").GetAwaiter().GetResult();

    public void Dispose()
    {
        endpoint.Dispose();
        provider.Dispose();
        Meter.Dispose();
        Http.Dispose();
    }
}
