namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// examples/quick-imp.json run by the built host in its own process while a real Prometheus scrapes its
/// endpoint every second: once for all the tests that query it. One scrape taken by the test mid-run keeps
/// the raw text for promtool; it is long before the end, so it cannot stand in for the final scrape.
/// </summary>
public sealed class ScrapedRun : IDisposable
{
    public const string Experiment = "quick-imp";

    private readonly string runs = Directory.CreateTempSubdirectory("metrics-runs-").FullName;

    public ScrapedRun()
    {
        var port = FreePort.Next();
        Url = $"http://127.0.0.1:{port}/metrics";
        Prometheus = new PrometheusServer($"127.0.0.1:{port}");
        Started = DateTimeOffset.UtcNow;
        var host = Task.Run(() => HostProcess.Run(TimeSpan.FromMinutes(15), "run", "--config", InProcessHost.QuickImp,
            $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}", "--Lottery:Device=cpu",
            $"--Lottery:Metrics:Prometheus:Url={Url}", "--Lottery:Metrics:Prometheus:FinalScrapeWaitSeconds=60",
            // RigL at level 1's density after IMP, for the mask-update series (updates every 50 of its 469 steps).
            "--Lottery:SparseTraining:Methods:0=rigl", "--Lottery:SparseTraining:Levels:0=1", "--Lottery:Strategies:rigl:UpdateInterval=50"));
        MidRunText = ScrapeOnceTrainingReports(host);
        Host = host.GetAwaiter().GetResult();
        // Prometheus appends a scrape's samples after the host has answered it; on a loaded machine the host
        // can exit before the final scrape is queryable. Wait (bounded) until every level's epoch series shows.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (DateTimeOffset.UtcNow < deadline &&
               Prometheus.QueryRange($"lottery_epoch{{experiment=\"{Experiment}\"}}", Started, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(0.5)).Length < 4)
        {
            Thread.Sleep(500);
        }
        // The last instant at which the series still had samples: the host's exit makes them stale right after.
        var levels = Prometheus.QueryRange($"lottery_imp_level{{experiment=\"{Experiment}\"}}", Started, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(0.5));
        LastSampled = levels.Length == 0
            ? DateTimeOffset.UtcNow
            : DateTimeOffset.FromUnixTimeMilliseconds((long)(levels[0].GetProperty("values").EnumerateArray().Last()[0].GetDouble() * 1000));
    }

    public string Url { get; }

    internal PrometheusServer Prometheus { get; }

    internal HostResult Host { get; }

    public DateTimeOffset Started { get; }

    public DateTimeOffset LastSampled { get; }

    /// <summary>The exposition text once training had reported (empty if the run ended first).</summary>
    public string MidRunText { get; }

    public void Dispose()
    {
        Prometheus.Dispose();
        Directory.Delete(runs, recursive: true);
    }

    private string ScrapeOnceTrainingReports(Task host)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        while (!host.IsCompleted)
        {
            try
            {
                var text = http.GetStringAsync(Url).GetAwaiter().GetResult();
                if (text.Contains("lottery_train_steps_total{", StringComparison.Ordinal)) return text;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not serving yet, or too slow to answer on a loaded machine: try again while the run lasts.
            }
            Thread.Sleep(500);
        }
        return "";
    }
}
