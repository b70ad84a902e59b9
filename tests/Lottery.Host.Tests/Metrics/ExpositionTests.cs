using System.Diagnostics.Metrics;
using Lottery.Host.Metrics.Prometheus;

namespace Lottery.Host.Tests.Metrics;

/// <summary>The text exposition format as the host writes it, from instruments through the OpenTelemetry SDK.</summary>
public class ExpositionTests
{
    [Fact]
    public void Counter_gets_total_suffix_in_help_type_and_samples()
    {
        using var scraped = new ScrapedMeter();
        scraped.Meter.CreateCounter<long>("lottery.train.samples", "{sample}", "Samples seen.").Add(128, new KeyValuePair<string, object?>("experiment", "x"));
        var text = scraped.Scrape();
        Assert.Contains("# HELP lottery_train_samples_total Samples seen.\n# TYPE lottery_train_samples_total counter\nlottery_train_samples_total{experiment=\"x\"} 128\n", text);
    }

    [Fact]
    public void Label_values_and_help_are_escaped()
    {
        using var scraped = new ScrapedMeter();
        var awkward = "back\\slash \"quoted\"\nnext line";
        scraped.Meter.CreateGauge<double>("lottery.awkward", null, "help with \\ and\nnewline and \"quotes\"").Record(1, new KeyValuePair<string, object?>("name", awkward));
        var text = scraped.Scrape();

        Assert.Contains("# HELP lottery_awkward help with \\\\ and\\nnewline and \"quotes\"\n", text);
        Assert.Contains("lottery_awkward{name=\"back\\\\slash \\\"quoted\\\"\\nnext line\"} 1\n", text);
        Assert.Equal(awkward, ExpositionText.Samples(text).Single().Labels["name"]);
    }

    [Fact]
    public void Names_and_label_keys_are_made_valid()
    {
        Assert.Equal("lottery_step_duration_seconds", PrometheusNames.Metric("lottery.step.duration", "s"));
        Assert.Equal("lottery_device_memory_bytes", PrometheusNames.Metric("lottery.device.memory", "By"));
        Assert.Equal("lottery_train_samples", PrometheusNames.Metric("lottery.train.samples", "{sample}"));
        Assert.Equal("process_cpu_seconds", PrometheusNames.Metric("process.cpu.seconds", "s"));
        Assert.Equal("requests", PrometheusNames.Metric("requests_total", null));
        Assert.Equal("_9lives_x", PrometheusNames.Metric("9lives-x", "1"));
        Assert.Equal("key__reserved", PrometheusNames.Label("__reserved"));
        Assert.Equal("split_name", PrometheusNames.Label("split.name"));
    }

    [Fact]
    public void Special_values_are_written_as_prometheus_reads_them()
    {
        Assert.Equal("+Inf", PrometheusTextWriter.Number(double.PositiveInfinity));
        Assert.Equal("-Inf", PrometheusTextWriter.Number(double.NegativeInfinity));
        Assert.Equal("NaN", PrometheusTextWriter.Number(double.NaN));
        Assert.Equal("1E-05", PrometheusTextWriter.Number(1e-5));
        Assert.Equal("0.1", PrometheusTextWriter.Number(0.1));
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

    [Fact]
    public void A_name_declared_twice_with_different_types_is_exposed_once()
    {
        using var scraped = new ScrapedMeter();
        scraped.Meter.CreateCounter<long>("lottery.clash").Add(1);
        scraped.Meter.CreateGauge<long>("lottery_clash_total").Record(5);
        var text = scraped.Scrape();
        Assert.Single(text.Split('\n'), line => line.StartsWith("# TYPE lottery_clash", StringComparison.Ordinal));
    }
}
