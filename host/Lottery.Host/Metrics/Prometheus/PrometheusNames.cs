using System.Text;

namespace Lottery.Host.Metrics.Prometheus;

/// <summary>
/// OpenTelemetry instrument names to Prometheus names, as OpenTelemetry's own Prometheus exporters map them:
/// characters outside [a-zA-Z0-9_:] become '_', the unit is appended as a word (s: _seconds, By: _bytes;
/// annotations such as {sample} are dropped), and counters end in _total.
/// </summary>
public static class PrometheusNames
{
    private static readonly Dictionary<string, string> UnitWords = new(StringComparer.Ordinal)
    {
        ["s"] = "seconds", ["ms"] = "milliseconds", ["By"] = "bytes", ["KiBy"] = "kibibytes", ["MiBy"] = "mebibytes", ["%"] = "percent",
    };

    /// <summary>The family name (without the _total that counter samples get).</summary>
    public static string Metric(string instrumentName, string? unit)
    {
        var name = Sanitize(instrumentName, allowColon: true);
        if (name.EndsWith("_total", StringComparison.Ordinal)) name = name[..^"_total".Length];
        var word = UnitWord(unit);
        if (word != null && !name.EndsWith("_" + word, StringComparison.Ordinal)) name += "_" + word;
        return name;
    }

    /// <summary>A label name: [a-zA-Z_][a-zA-Z0-9_]*, and never the reserved __ prefix.</summary>
    public static string Label(string key)
    {
        var name = Sanitize(key, allowColon: false);
        return name.StartsWith("__", StringComparison.Ordinal) ? "key" + name : name;
    }

    private static string? UnitWord(string? unit)
    {
        if (string.IsNullOrEmpty(unit) || unit == "1" || unit.StartsWith('{')) return null;
        return UnitWords.TryGetValue(unit, out var word) ? word : Sanitize(unit, allowColon: false).Trim('_');
    }

    private static string Sanitize(string text, bool allowColon)
    {
        var builder = new StringBuilder(text.Length + 1);
        foreach (var c in text) builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        if (builder.Length == 0 || char.IsAsciiDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }
}
