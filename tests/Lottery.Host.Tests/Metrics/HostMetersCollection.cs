namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// Tests that read the host's own "Lottery*" meters through an exporter in this process run alone: OpenTelemetry
/// subscribes by meter name, so another test's host creating and disposing meters of the same names while such a test
/// scrapes can end the stream its counter reports to (its series then vanishes from the next scrape).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostMetersCollection
{
    public const string Name = "host meters in this process";
}
