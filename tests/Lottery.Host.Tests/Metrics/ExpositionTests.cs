using Lottery.Host.Metrics.Prometheus;

namespace Lottery.Host.Tests.Metrics;

public class ExpositionTests
{
    [Fact]
    public void Counter_is_exposed_with_total_suffix_help_and_type()
    {
        using var scraped = new ScrapedMeter();
        scraped.Meter.CreateCounter<long>("lottery.train.samples", "{sample}", "Samples seen.").Add(128, new KeyValuePair<string, object?>("experiment", "x"));
        var text = scraped.Scrape();
        Assert.Contains("# HELP lottery_train_samples Samples seen.\n", text);
        Assert.Contains("# TYPE lottery_train_samples counter\n", text);
        Assert.Contains("lottery_train_samples_total{experiment=\"x\"} 128\n", text);
    }
}
