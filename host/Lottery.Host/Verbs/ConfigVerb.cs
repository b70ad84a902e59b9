using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Verbs;

/// <summary>`config`: the resolved Lottery configuration, after every source, with secret-looking values hidden.</summary>
public sealed partial class ConfigVerb(IConfiguration configuration) : IVerb
{
    public string Name => "config";

    public string Summary => "print the resolved configuration (appsettings.json < --config < environment < command line)";

    public int Run(TextWriter output, TextWriter error, CancellationToken stop)
    {
        var values = configuration.GetSection("Lottery").AsEnumerable()
            .Where(pair => pair.Value != null)
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values) output.WriteLine($"{key} = {(SecretKey().IsMatch(key) ? "***" : value)}");
        return 0;
    }

    [GeneratedRegex("(password|secret|token|apikey|api-key|api_key|credential|headers)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretKey();
}
