using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lottery.Host.Tests.Metrics;

/// <summary>
/// The real Prometheus server, started for a test on a free loopback port with a generated configuration
/// that scrapes one target every second, its storage in a temporary folder; queried through its HTTP API.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("prometheus-").FullName;
    private readonly Process process;
    private readonly HttpClient http;
    private readonly Task<string> log;

    public PrometheusServer(string target)
    {
        var port = FreePort.Next();
        var config = Path.Combine(directory, "prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: lottery
                static_configs:
                  - targets: ["{target}"]
            """);
        var start = new ProcessStartInfo(PrometheusTools.Server) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(directory, "data")}", $"--web.listen-address=127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }
        process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        log = process.StandardError.ReadToEndAsync();
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        WaitUntilReady();
    }

    /// <summary>An instant query's result vector (empty when nothing matched).</summary>
    public JsonElement[] Query(string promql, DateTimeOffset at) =>
        Api($"api/v1/query?query={Uri.EscapeDataString(promql)}&time={Seconds(at)}");

    /// <summary>A range query's result matrix.</summary>
    public JsonElement[] QueryRange(string promql, DateTimeOffset start, DateTimeOffset end, TimeSpan step) =>
        Api($"api/v1/query_range?query={Uri.EscapeDataString(promql)}&start={Seconds(start)}&end={Seconds(end)}&step={step.TotalSeconds.ToString(CultureInfo.InvariantCulture)}");

    public void Dispose()
    {
        if (!process.HasExited) process.Kill();
        process.WaitForExit();
        process.Dispose();
        http.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private JsonElement[] Api(string pathAndQuery)
    {
        using var response = http.GetAsync(pathAndQuery).GetAwaiter().GetResult();
        var body = response.Content.ReadFromJsonAsync<JsonElement>().GetAwaiter().GetResult();
        Assert.True(response.IsSuccessStatusCode && body.GetProperty("status").GetString() == "success", $"{pathAndQuery}: {body}");
        return body.GetProperty("data").GetProperty("result").EnumerateArray().ToArray();
    }

    private void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"prometheus exited with {process.ExitCode}: {log.Result}");
            try
            {
                using var ready = http.GetAsync("-/ready").GetAwaiter().GetResult();
                if (ready.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            Thread.Sleep(200);
        }
        throw new TimeoutException("prometheus did not become ready within a minute");
    }

    private static string Seconds(DateTimeOffset time) => (time.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
}
