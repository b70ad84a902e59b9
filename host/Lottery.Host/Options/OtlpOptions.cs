using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>Lottery:Metrics:Otlp: an optional push of the same metrics to an OpenTelemetry collector.</summary>
public sealed class OtlpOptions : IValidatableObject
{
    /// <summary>The collector, e.g. http://127.0.0.1:4317 (grpc) or http://127.0.0.1:4318/v1/metrics; empty: no push.</summary>
    public string Endpoint { get; set; } = "";

    [OneOf("grpc", "http/protobuf")]
    public string Protocol { get; set; } = "grpc";

    [Range(0.1, 3600, ErrorMessage = "expected seconds from 0.1 to 3600")]
    public double IntervalSeconds { get; set; } = 10;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult("expected an http(s) URL of an OTLP collector, or empty for no push", [nameof(Endpoint)]);
        }
    }
}
