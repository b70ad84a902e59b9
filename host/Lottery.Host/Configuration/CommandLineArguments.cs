using Lottery.Host.Configuration;

namespace Lottery.Host.Configuration;

/// <summary>
/// The command line: a verb, then any number of <c>--config FILE.json</c> and configuration overrides
/// such as <c>--Lottery:Training:Epochs=3</c> (or <c>--Lottery:Training:Epochs 3</c>).
/// </summary>
public sealed record CommandLineArguments(string Verb, IReadOnlyList<string> ConfigFiles, IReadOnlyList<string> Overrides, bool Help)
{
    public static CommandLineArguments Parse(IReadOnlyList<string> args)
    {
        var verb = args.Count > 0 && !args[0].StartsWith('-') ? args[0] : "run";
        var files = new List<string>();
        var overrides = new List<string>();
        var help = false;
        for (var i = verb == "run" && (args.Count == 0 || args[0].StartsWith('-')) ? 0 : 1; i < args.Count; i++)
        {
            var token = args[i];
            if (token is "-h" or "--help" or "help")
            {
                help = true;
            }
            else if (token == "--config" || token.StartsWith("--config=", StringComparison.Ordinal))
            {
                var file = token == "--config" ? (i + 1 < args.Count ? args[++i] : throw new ConfigurationError("--config needs a file name")) : token["--config=".Length..];
                files.Add(file);
            }
            else if (token.StartsWith("--", StringComparison.Ordinal) && token.Contains(':'))
            {
                // Handed on as one "--Key=value" token: a separate value starting with '-' ("-1") would be read as a switch.
                var hasValue = token.Contains('=') || i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal);
                overrides.Add(hasValue ? token : $"{token}={args[++i]}");
            }
            else
            {
                throw new ConfigurationError(
                    $"unknown argument '{token}': expected --config FILE.json or a configuration override such as --Lottery:Training:Epochs=3");
            }
        }
        return new CommandLineArguments(verb, files, overrides, help);
    }
}
