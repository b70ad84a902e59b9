using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Lottery.Host.Metrics;
using Lottery.Host.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// A run's export as the run verb starts it (the host's metrics services, a real endpoint): what it serves,
/// the wait for a final scrape, a busy port, and that nothing listens once the run is over.
/// </summary>
[Collection(HostMetersCollection.Name)]
public sealed class MetricsSessionTests : IDisposable
{
    private readonly int port = FreePort.Next();
    private readonly RecordingLogger logger = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    // Unique, so series of other tests' runs in this process (their meters are "Lottery*" too) are told apart.
    private readonly MetricLabels run = new($"session-{Guid.NewGuid():N}", "imp");

    private string Url => $"http://127.0.0.1:{port}/metrics";

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task A_run_serves_its_meters_freshly_on_every_scrape_and_its_pool_counter_from_zero()
    {
        using (var export = Start(60))
        {
            Assert.Equal(new Uri(Url), export.Session.PrometheusUrl);
            Assert.Equal(0, PoolCandidates(await Scrape()));
            Assert.Contains(ExpositionText.Samples(await Scrape()), s => s.Name == "lottery_native_tensors");
            var pools = export.Services.GetRequiredService<PoolMetrics>();
            pools.CandidateEvaluated(run with { Stage = "pools" });
            Assert.Equal(1, PoolCandidates(await Scrape()));
            // At once, not after a cached answer expired: every scrape collects.
            pools.CandidateEvaluated(run with { Stage = "pools" });
            Assert.Equal(2, PoolCandidates(await Scrape()));
        }
        await Assert.ThrowsAsync<HttpRequestException>(Scrape);
        Assert.Empty(logger.Warnings);
    }

    [Fact]
    public async Task Finish_returns_after_the_next_scrape()
    {
        using var export = Start(60);
        await Scrape();
        var finish = Task.Run(export.Session.Finish);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(finish.IsCompleted, "Finish returned before the next scrape");
        await Scrape();
        await finish.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Empty(logger.Warnings);
    }

    [Fact]
    public async Task Finish_without_a_next_scrape_warns_after_the_wait()
    {
        using var export = Start(1);
        await Scrape();
        var clock = Stopwatch.StartNew();
        export.Session.Finish();
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(20));
        Assert.Contains(logger.Warnings, w => w.Contains($"no scrape of {Url} within 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public void Finish_does_not_wait_when_nothing_ever_scraped()
    {
        using var export = Start(60);
        var clock = Stopwatch.StartNew();
        export.Session.Finish();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Finish waited {clock.Elapsed}");
        Assert.Empty(logger.Warnings);
    }

    [Fact]
    public void A_taken_port_is_a_warning_and_the_run_goes_on_without_an_endpoint()
    {
        var taken = new TcpListener(IPAddress.Loopback, port);
        taken.Start();
        try
        {
            using var export = Start(60);
            Assert.Null(export.Session.PrometheusUrl);
            Assert.Contains(logger.Warnings, w => w.Contains($"metrics endpoint {Url} could not start", StringComparison.Ordinal));
        }
        finally
        {
            taken.Stop();
        }
    }

    private Task<string> Scrape() => http.GetStringAsync(Url);

    // The host's own registrations (AddLotteryMetrics) over options from configuration, logging into the recorder.
    private StartedExport Start(double finalScrapeWaitSeconds)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lottery:Metrics:Prometheus:Url"] = Url,
            ["Lottery:Metrics:Prometheus:FinalScrapeWaitSeconds"] = finalScrapeWaitSeconds.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton(LotteryOptions.Load(configuration))
            .AddLotteryMetrics()
            .AddSingleton<ILogger<MetricsExport>>(logger)
            .BuildServiceProvider();
        return new StartedExport(services, services.GetRequiredService<MetricsExport>().Start(run));
    }

    private double PoolCandidates(string text) => ExpositionText.Samples(text)
        .Single(s => s.Name == "lottery_pool_candidates_evaluated_total" && s.Labels["experiment"] == run.Experiment).Value;

    private sealed record StartedExport(ServiceProvider Services, MetricsSession Session) : IDisposable
    {
        public void Dispose()
        {
            Session.Dispose();
            Services.Dispose();
        }
    }
}
