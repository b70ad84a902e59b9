using System.Diagnostics.Metrics;

namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// What the endpoint serves, from instruments through the OpenTelemetry SDK and its Prometheus exporter: the
/// names, labels and shapes that the dashboard and docs/metrics.md rely on.
/// </summary>
public class ExpositionTests
{
    [Fact]
    public void Names_get_unit_words_and_total_and_every_series_names_its_meter()
    {
        using var scraped = new ScrapedMeter();
        var experiment = new KeyValuePair<string, object?>("experiment", "x");
        scraped.Meter.CreateCounter<long>("lottery.train.samples", "{sample}", "Samples seen.").Add(128, experiment);
        scraped.Meter.CreateObservableCounter("process.cpu", () => 1.5, "s", "CPU time.");
        scraped.Meter.CreateObservableGauge("lottery.device.memory", () => 100L, "By", "Bytes.");
        scraped.Meter.CreateGauge<double>("lottery.train.loss", null, "Loss.").Record(0.25, experiment);

        var text = scraped.Scrape();
        Assert.Contains("# TYPE lottery_train_samples_total counter\n", text);
        var samples = ExpositionText.Samples(text).Where(s => s.Name != "target_info").ToDictionary(s => s.Name);
        Assert.Equal(["lottery_device_memory_bytes", "lottery_train_loss", "lottery_train_samples_total", "process_cpu_seconds_total"], samples.Keys.Order());
        Assert.Equal(128, samples["lottery_train_samples_total"].Value);
        Assert.Equal("x", samples["lottery_train_samples_total"].Labels["experiment"]);
        Assert.Equal(0.25, samples["lottery_train_loss"].Value);
        Assert.All(samples.Values, s => Assert.Equal(scraped.Meter.Name, s.Labels["otel_scope_name"]));
    }

    [Fact]
    public void Histogram_buckets_are_cumulative_and_end_at_inf_with_the_count()
    {
        using var scraped = new ScrapedMeter();
        var histogram = scraped.Meter.CreateHistogram("lottery.step.duration", "s", "Step time.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.1, 1] });
        double[] observations = [0.005, 0.05, 0.05, 0.5, 5, 5, 5];
        foreach (var value in observations) histogram.Record(value);

        var text = scraped.Scrape();
        Assert.Contains("# TYPE lottery_step_duration_seconds histogram\n", text);
        var samples = ExpositionText.Samples(text);
        var buckets = samples.Where(s => s.Name == "lottery_step_duration_seconds_bucket").ToList();
        Assert.Equal(["0.01", "0.1", "1", "+Inf"], buckets.Select(b => b.Labels["le"]));
        Assert.Equal([1.0, 3, 4, 7], buckets.Select(b => b.Value));
        Assert.Equal(observations.Length, samples.Single(s => s.Name == "lottery_step_duration_seconds_count").Value);
        Assert.Equal(observations.Sum(), samples.Single(s => s.Name == "lottery_step_duration_seconds_sum").Value, 9);
    }

    [Fact]
    public void Counters_never_decrease_across_scrapes()
    {
        using var scraped = new ScrapedMeter();
        var counter = scraped.Meter.CreateCounter<long>("lottery.train.steps");
        var values = new List<double>();
        for (var scrape = 0; scrape < 5; scrape++)
        {
            counter.Add(scrape % 2 == 0 ? 3 : 0);
            values.Add(ExpositionText.Samples(scraped.Scrape()).Single(s => s.Name == "lottery_train_steps_total").Value);
        }
        Assert.Equal([3.0, 3, 6, 6, 9], values);
    }
}
