using Lottery.Host.Options;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Tests.Metrics;

/// <summary>Metrics defaults; values that are wrong are among the bad-input cases (tests/Lottery.Host.Tests/BadInput).</summary>
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
}
