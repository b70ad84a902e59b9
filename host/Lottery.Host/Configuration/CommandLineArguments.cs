using Lottery.Host.Configuration;

namespace Lottery.Host.Configuration;

/// <summary>
/// The command line: a verb, then any number of <c>--config FILE.json</c> and configuration overrides
/// such as <c>--Lottery:Training:Epochs=3</c> (or <c>--Lottery:Training:Epochs 3</c>), and the verbs' switches:
/// <c>--status</c> (the sweep's state, nothing run) and <c>--sweep STUDY.json</c> (a study's file, read as a
/// --config file, for the report of that sweep).
/// </summary>
public sealed record CommandLineArguments(string Verb, IReadOnlyList<string> ConfigFiles, IReadOnlyList<string> Overrides, bool Help, IReadOnlySet<string> Switches)
{
    /// <summary>`sweep --status`: show the state of every point and run nothing.</summary>
    public const string StatusSwitch = "status";

    /// <summary>`report --sweep STUDY.json`: report the sweep that file describes.</summary>
    public const string SweepSwitch = "sweep";

    /// <summary>The same command line with overrides added after the user's (later ones win).</summary>
    public CommandLineArguments With(IEnumerable<string> moreOverrides) => this with { Overrides = [.. Overrides, .. moreOverrides] };

    public bool Has(string name) => Switches.Contains(name);

    public static CommandLineArguments Parse(IReadOnlyList<string> args)
    {
        var verb = args.Count > 0 && !args[0].StartsWith('-') ? args[0] : "run";
        var files = new List<string>();
        var overrides = new List<string>();
        var help = false;
        var switches = new HashSet<string>(StringComparer.Ordinal);
        for (var i = verb == "run" && (args.Count == 0 || args[0].StartsWith('-')) ? 0 : 1; i < args.Count; i++)
        {
            var token = args[i];
            if (token is "-h" or "--help" or "help")
            {
                help = true;
            }
            else if (token == "--" + StatusSwitch)
            {
                switches.Add(StatusSwitch);
            }
            else if (token is "--config" or "--" + SweepSwitch || token.StartsWith("--config=", StringComparison.Ordinal) || token.StartsWith("--" + SweepSwitch + "=", StringComparison.Ordinal))
            {
                var name = token[2..].Split('=')[0];
                var file = !token.Contains('=') ? (i + 1 < args.Count ? args[++i] : throw new ConfigurationError($"--{name} needs a file name")) : token[(token.IndexOf('=') + 1)..];
                files.Add(file);
                if (name == SweepSwitch) switches.Add(SweepSwitch);
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
                    $"unknown argument '{token}': expected --config FILE.json, --sweep STUDY.json, --status or a configuration override such as --Lottery:Training:Epochs=3");
            }
        }
        return new CommandLineArguments(verb, files, overrides, help, switches);
    }
}
