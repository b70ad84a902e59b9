using Lottery.Host.Cli;
using Lottery.Host.Configuration;
using Lottery.Host.Hosting;
using Lottery.Host.Verbs;
using Lottery.Torch;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host;

/// <summary>
/// `lottery &lt;verb&gt; [--config FILE.json]... [--Section:Key=value]...`. Exit codes: 0 success, 1 a failure
/// while running, 2 a configuration or usage error (named in the message, before any work starts), 130
/// stopped by SIGINT/SIGTERM after writing a checkpoint.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            var arguments = CommandLineArguments.Parse(args);
            var configuration = LotteryConfiguration.Build(arguments, AppContext.BaseDirectory);
            using var host = LotteryHostFactory.Build(configuration);
            var verbs = host.Services.GetServices<IVerb>().ToList();
            if (arguments.Help || arguments.Verb == "help") return Usage(verbs, Console.Out, 0);
            var verb = verbs.FirstOrDefault(v => v.Name == arguments.Verb);
            if (verb == null)
            {
                Console.Error.WriteLine($"error: unknown verb '{arguments.Verb}': expected {string.Join(", ", verbs.Select(v => v.Name))}");
                return 2;
            }
            return verb.Run(Console.Out);
        }
        catch (RunStoppedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 130;
        }
        catch (Plugins.StrategyFailedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            // A bad input the plugin reported is message enough; anything else is a plugin bug: show where.
            if (e.InnerException is not (IOException or InvalidDataException or ArgumentException)) Console.Error.WriteLine(e.InnerException?.StackTrace);
            return 1;
        }
        catch (ConfigurationError e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is TorchException or IOException or InvalidDataException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Usage(IEnumerable<IVerb> verbs, TextWriter output, int exitCode)
    {
        output.WriteLine("usage: lottery <verb> [--config FILE.json]... [--Lottery:Section:Key=value]...");
        output.WriteLine();
        foreach (var verb in verbs) output.WriteLine($"  {verb.Name,-10} {verb.Summary}");
        output.WriteLine();
        output.WriteLine("Configuration: appsettings.json < --config files < environment (Lottery__Training__Epochs=3) < command line.");
        return exitCode;
    }
}
