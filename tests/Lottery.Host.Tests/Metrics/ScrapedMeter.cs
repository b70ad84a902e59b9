using System.Diagnostics.Metrics;
using Lottery.Host.Metrics.Prometheus;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// A meter of the test's own, collected by an OpenTelemetry MeterProvider through the host's Prometheus
/// scraper. Its name is unique and outside "Lottery*", so neither another test nor a host in this process
/// sees its instruments.
/// </summary>
internal sealed class ScrapedMeter : IDisposable
{
    private readonly MeterProvider provider;
    private readonly PrometheusScraper scraper = new();

    public ScrapedMeter()
    {
        Meter = new Meter($"Test.Exposition.{Guid.NewGuid():N}");
        provider = Sdk.CreateMeterProviderBuilder().AddMeter(Meter.Name).AddReader(scraper.Reader).Build();
    }

    public Meter Meter { get; }

    public string Scrape() => scraper.Scrape();

    public void Dispose()
    {
        provider.Dispose();
        Meter.Dispose();
    }
}
