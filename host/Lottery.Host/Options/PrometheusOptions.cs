using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>Lottery:Metrics:Prometheus: the pull endpoint Prometheus scrapes while a run lasts.</summary>
public sealed class PrometheusOptions : IValidatableObject
{
    /// <summary>Where /metrics is served; empty turns the endpoint off (tests, several runs on one machine).</summary>
    public string Url { get; set; } = "http://127.0.0.1:9464/metrics";

    /// <summary>
    /// At the end of a run that was being scraped, how long to wait for one more scrape so the last level's
    /// values reach Prometheus (0: exit at once).
    /// </summary>
    [Range(0.0, 600.0, ErrorMessage = "expected seconds from 0 to 600")]
    public double FinalScrapeWaitSeconds { get; set; } = 15;

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !TryParse(Url, out _))
        {
            yield return new ValidationResult("expected an http URL with a host, a port and a path such as http://127.0.0.1:9464/metrics, or empty to serve no metrics", [nameof(Url)]);
        }
    }

    /// <summary>The URL as an absolute http URI with an explicit port, or false.</summary>
    public static bool TryParse(string url, out Uri uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri!) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsDefaultPort && uri.AbsolutePath.Length > 1;
}
