using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Tests.Metrics;

public class MetricsOptionsTests
{
    private static LotteryOptions Load(params (string Key, string Value)[] settings) =>
        LotteryOptions.Load(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

    [Fact]
    public void Defaults_serve_on_loopback_and_push_nowhere()
    {
        var metrics = Load().Metrics;
        Assert.Equal("http://127.0.0.1:9464/metrics", metrics.Prometheus.Url);
        Assert.True(metrics.Prometheus.Enabled);
        Assert.False(metrics.Otlp.Enabled);
    }

    [Fact]
    public void An_empty_url_turns_the_endpoint_off()
    {
        Assert.False(Load(("Lottery:Metrics:Prometheus:Url", "")).Metrics.Prometheus.Enabled);
    }

    [Theory]
    [InlineData("Lottery:Metrics:Prometheus:Url", "127.0.0.1:9464", "Lottery:Metrics:Prometheus:Url = '127.0.0.1:9464' is invalid")]
    [InlineData("Lottery:Metrics:Prometheus:Url", "https://127.0.0.1:9464/metrics", "expected an http URL")]
    [InlineData("Lottery:Metrics:Otlp:Endpoint", "collector:4317", "Lottery:Metrics:Otlp:Endpoint = 'collector:4317' is invalid")]
    [InlineData("Lottery:Metrics:Otlp:Protocol", "udp", "expected one of grpc, http/protobuf")]
    [InlineData("Lottery:Metrics:Prometheus:Port", "9464", "Lottery:Metrics:Prometheus:Port is not a known key")]
    public void Bad_values_name_their_key(string key, string value, string expected)
    {
        var error = Assert.Throws<ConfigurationError>(() => Load((key, value)));
        Assert.Contains(expected, error.Message);
    }
}
