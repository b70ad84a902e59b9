using System.Net;
using System.Net.NetworkInformation;

namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// The metrics endpoint is a real Kestrel server: by default it listens on loopback only, it answers nothing but
/// GET/HEAD of its one path, and binding it to every interface is allowed but logged as a warning.
/// </summary>
public sealed class EndpointExposureTests
{
    private readonly RecordingLogger logger = new();

    [Fact]
    public void Loopback_listens_on_loopback_addresses_only_and_warns_of_nothing()
    {
        using var scraped = new ScrapedMeter(logger: logger);
        var listeners = ListenersOn(scraped.Port);
        Assert.NotEmpty(listeners);
        Assert.All(listeners, address => Assert.True(IPAddress.IsLoopback(address), $"listening on {address}"));
        Assert.Empty(logger.Warnings);
    }

    [Fact]
    public void Only_get_and_head_of_the_metrics_path_are_answered()
    {
        using var scraped = new ScrapedMeter(logger: logger);
        Assert.Equal(HttpStatusCode.OK, Send(scraped.Http, HttpMethod.Get, "/metrics"));
        Assert.Equal(HttpStatusCode.OK, Send(scraped.Http, HttpMethod.Head, "/metrics"));
        foreach (var path in new[] { "/", "/metrics/extra", "/admin", "/health", "/favicon.ico", "/metricsx" })
        {
            Assert.True(Send(scraped.Http, HttpMethod.Get, path) == HttpStatusCode.NotFound, $"GET {path} was answered");
        }
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Patch })
        {
            Assert.True(Send(scraped.Http, method, "/metrics") == HttpStatusCode.MethodNotAllowed, $"{method} /metrics was answered");
        }
    }

    [Fact]
    public void Every_interface_is_served_only_with_a_warning()
    {
        using var scraped = new ScrapedMeter("0.0.0.0", logger);
        Assert.Contains(ListenersOn(scraped.Port), address => address.Equals(IPAddress.Any));
        var warning = Assert.Single(logger.Warnings);
        Assert.Contains($"http://0.0.0.0:{scraped.Port}/metrics", warning);
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
}
