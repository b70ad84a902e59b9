using System.Net;
using System.Net.NetworkInformation;
using Lottery.Host.Metrics.Prometheus;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// The metrics endpoint is a real Kestrel server: by default it listens on loopback only, it answers nothing but
/// GET/HEAD of its one path, and binding it to every interface is allowed but logged as a warning.
/// </summary>
public sealed class EndpointExposureTests : IDisposable
{
    private readonly PrometheusScraper scraper = new();
    private readonly MeterProvider provider;
    private readonly RecordingLogger logger = new();

    public EndpointExposureTests()
    {
        provider = Sdk.CreateMeterProviderBuilder().AddMeter("exposure-test").AddReader(scraper.Reader).Build();
    }

    public void Dispose()
    {
        provider.Dispose();
        scraper.Dispose();
    }

    [Fact]
    public void Loopback_listens_on_loopback_addresses_only_and_warns_of_nothing()
    {
        var port = FreePort.Next();
        using var endpoint = PrometheusEndpoint.TryStart(new Uri($"http://127.0.0.1:{port}/metrics"), scraper, logger);
        Assert.NotNull(endpoint);
        var listeners = ListenersOn(port);
        Assert.NotEmpty(listeners);
        Assert.All(listeners, address => Assert.True(IPAddress.IsLoopback(address), $"listening on {address}"));
        Assert.Empty(logger.Warnings);
    }

    [Fact]
    public void Only_get_and_head_of_the_metrics_path_are_answered()
    {
        var port = FreePort.Next();
        using var endpoint = PrometheusEndpoint.TryStart(new Uri($"http://127.0.0.1:{port}/metrics"), scraper, logger);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(HttpStatusCode.OK, Send(client, HttpMethod.Get, "/metrics"));
        Assert.Equal(HttpStatusCode.OK, Send(client, HttpMethod.Head, "/metrics"));
        foreach (var path in new[] { "/", "/metrics/", "/metrics/extra", "/admin", "/health", "/favicon.ico", "/metricsx" })
        {
            Assert.True(Send(client, HttpMethod.Get, path) == HttpStatusCode.NotFound, $"GET {path} was answered");
        }
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Options })
        {
            Assert.True(Send(client, method, "/metrics") == HttpStatusCode.NotFound, $"{method} /metrics was answered");
        }
    }

    [Fact]
    public void Every_interface_is_served_only_with_a_warning()
    {
        var port = FreePort.Next();
        using var endpoint = PrometheusEndpoint.TryStart(new Uri($"http://0.0.0.0:{port}/metrics"), scraper, logger);
        Assert.NotNull(endpoint);
        Assert.Contains(ListenersOn(port), address => address.Equals(IPAddress.Any));
        var warning = Assert.Single(logger.Warnings);
        Assert.Contains($"http://0.0.0.0:{port}/metrics", warning);
        Assert.Contains("reachable from other machines", warning);
    }

    private static IPAddress[] ListenersOn(int port) =>
        IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(e => e.Port == port).Select(e => e.Address).ToArray();

    private static HttpStatusCode Send(HttpClient client, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        using var response = client.Send(request);
        return response.StatusCode;
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning) lock (Warnings) Warnings.Add(formatter(state, exception));
        }
    }
}
