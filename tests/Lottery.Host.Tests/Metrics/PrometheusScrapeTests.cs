using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lottery.Host.Tests.Metrics;

/// <summary>The host's metrics as the real Prometheus scraped them from a run of examples/quick-imp.json.</summary>
[Trait("Category", "Slow")]
public sealed partial class PrometheusScrapeTests(ScrapedRun run) : IClassFixture<ScrapedRun>
{
    private const int Levels = 4; // quick-imp: the dense level 0 and 3 pruning levels

    private static string Dashboard => Path.Combine(BuildOutputs.RepositoryRoot, "deploy", "grafana", "dashboards", "lottery.json");

    [Fact]
    public void The_run_succeeds_and_names_its_endpoint()
    {
        Assert.True(run.Host.ExitCode == 0, run.Host.Error);
        Assert.Contains($"metrics: {run.Url}", run.Host.OutputLines);
        Assert.DoesNotContain("no scrape of", run.Host.Error);
    }

    [Fact]
    public void The_exposition_passes_promtool()
    {
        Assert.NotEqual("", run.MidRunText);
        var (exitCode, output) = PrometheusTools.RunPromtool(run.MidRunText, "check", "metrics");
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_samples_counter_increased()
    {
        var series = run.Prometheus.QueryRange($"sum(lottery_train_samples_total{{experiment=\"{ScrapedRun.Experiment}\"}})", run.Started, run.LastSampled, TimeSpan.FromSeconds(1));
        var values = Assert.Single(series).GetProperty("values").EnumerateArray().Select(v => double.Parse(v[1].GetString()!, CultureInfo.InvariantCulture)).ToList();
        // Compared with the test's own scrape mid-training: Prometheus's scrapes (1 s timeout) may all fail while a
        // loaded machine trains, and then its first stored sample is already the final value.
        var midRun = ExpositionText.Samples(run.MidRunText)
            .Where(s => s.Name == "lottery_train_samples_total" && s.Labels.GetValueOrDefault("experiment") == ScrapedRun.Experiment).Sum(s => s.Value);
        Assert.True(midRun > 0, "the mid-run scrape holds no training samples");
        Assert.True(values[^1] > midRun, $"samples went from {midRun} mid-run to {values[^1]} at the end");
        Assert.Equal(values.Order(), values); // a counter: never down
    }

    [Theory]
    [InlineData("lottery_eval_accuracy{split=\"val\"}")]
    [InlineData("lottery_eval_accuracy{split=\"test\"}")]
    [InlineData("lottery_eval_loss{split=\"test\"}")]
    [InlineData("lottery_density")]
    [InlineData("lottery_epoch")]
    public void Each_level_has_a_value(string selector)
    {
        var query = selector.Contains('{')
            ? selector.Replace("{", $"{{experiment=\"{ScrapedRun.Experiment}\",", StringComparison.Ordinal)
            : $"{selector}{{experiment=\"{ScrapedRun.Experiment}\"}}";
        var byLevel = run.Prometheus.Query(query, run.LastSampled).ToDictionary(r => r.GetProperty("metric").GetProperty("level").GetString()!, Value);
        Assert.Equal(Enumerable.Range(0, Levels).Select(l => l.ToString(CultureInfo.InvariantCulture)), byLevel.Keys.Order());
        if (selector == "lottery_density")
        {
            // quick-imp prunes 20% of what is left per level.
            foreach (var (level, density) in byLevel) Assert.Equal(Math.Pow(0.8, int.Parse(level, CultureInfo.InvariantCulture)), density, 3);
        }
        if (selector.StartsWith("lottery_eval_accuracy", StringComparison.Ordinal)) Assert.All(byLevel.Values, a => Assert.InRange(a, 0.5, 1));
    }

    [Fact]
    public void Every_dashboard_expression_returns_data()
    {
        var expressions = DashboardExpressions().ToList();
        Assert.NotEmpty(expressions);
        Assert.All(expressions, e => Assert.DoesNotContain("$", e));
        var empty = expressions.Where(e => run.Prometheus.Query(e, run.LastSampled).Length == 0).ToList();
        Assert.True(empty.Count == 0, $"no data for: {string.Join(" | ", empty)}");
    }

    [Fact]
    public void Every_series_names_its_meter_and_target_info_describes_the_run()
    {
        var meters = run.Prometheus.Query("count by (otel_scope_name) ({__name__=~\"lottery_.+\"})", run.LastSampled)
            .Select(r => r.GetProperty("metric").GetProperty("otel_scope_name").GetString()).Order();
        Assert.Equal(["Lottery.Pools", "Lottery.Runtime", "Lottery.SparseTraining", "Lottery.Training"], meters);
        Assert.Single(run.Prometheus.Query($"target_info{{service_name=\"lottery\",service_instance_id=\"{ScrapedRun.Experiment}\"}}", run.LastSampled));
    }

    // Panel targets with every template variable set to "All" (its allValue), and each variable's own query.
    private static IEnumerable<string> DashboardExpressions()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Dashboard));
        var variables = dashboard.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray().ToList();
        foreach (var panel in dashboard.RootElement.GetProperty("panels").EnumerateArray())
        {
            foreach (var target in panel.GetProperty("targets").EnumerateArray())
            {
                yield return variables.Aggregate(target.GetProperty("expr").GetString()!, (expr, variable) =>
                {
                    var name = variable.GetProperty("name").GetString()!;
                    var all = variable.GetProperty("allValue").GetString()!;
                    return expr.Replace($"${{{name}}}", all, StringComparison.Ordinal).Replace($"${name}", all, StringComparison.Ordinal);
                });
            }
        }
        foreach (var variable in variables)
        {
            var match = LabelValues().Match(variable.GetProperty("definition").GetString()!);
            Assert.True(match.Success, $"unexpected variable query {variable}");
            yield return $"count by ({match.Groups[2].Value}) ({match.Groups[1].Value})";
        }
    }

    private static double Value(JsonElement result) => double.Parse(result.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^label_values\((\w+), *(\w+)\)$")]
    private static partial Regex LabelValues();
}
