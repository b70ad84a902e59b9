using System.Text;
using Lottery.Host.Configuration;

namespace Lottery.Fuzz.Targets;

/// <summary>
/// The command line (verb, <c>--config</c>, <c>--Key=value</c> overrides), one argument per line of the input, parsed
/// and bound to the host's validated options. Files named by <c>--config</c> are left out (the config-json target reads
/// files; a fuzzer naming /dev/zero would test the disk, not the parser). The documented error is <see cref="ConfigurationError"/>.
/// </summary>
public sealed class CommandLineTarget : IFuzzTarget
{
    public string Name => "command-line";

    public void Run(byte[] input, string folder)
    {
        var arguments = Encoding.UTF8.GetString(input).Split('\n');
        CommandLineArguments parsed;
        try
        {
            parsed = CommandLineArguments.Parse(arguments);
        }
        catch (ConfigurationError)
        {
            return;
        }
        Configurations.Resolve(parsed with { ConfigFiles = [] }, folder);
    }

    public IEnumerable<Seed> Seeds(string repository)
    {
        yield return Lines("overrides", "run", "--Lottery:Training:Duration=2ep", "--Lottery:Experiment:Levels", "3", "--Lottery:Device=cpu");
        yield return Lines("lists", "config", "--Lottery:Pools:Methods:0=swa", "--Lottery:Pools:Methods:1=lottery-pools", "--Lottery:Threads=2");
        yield return Lines("config-and-help", "--config", "extra.json", "--Lottery:Runs:Root=runs", "--help");
    }

    private static Seed Lines(string name, params string[] arguments) => new(name, Encoding.UTF8.GetBytes(string.Join('\n', arguments)));
}
