using Lottery.Contracts.Plugins;
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
        // Before anything loads libtorch (and with it libgomp, which reads its environment once).
        OpenMpWaitPolicy.DefaultToPassive();
        return Run(args, AppContext.BaseDirectory, Console.Out, Console.Error);
    }

    /// <summary>
    /// What Main does, given the folder holding appsettings.json and the streams to write to: the tests run the
    /// host in their own process through it, with its exit code and messages exactly as a user sees them.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, string baseDirectory, TextWriter output, TextWriter error)
    {
        try
        {
            var arguments = CommandLineArguments.Parse(args);
            var configuration = LotteryConfiguration.Build(arguments, baseDirectory);
            using var host = LotteryHostFactory.Build(configuration, error, new HostInvocation(arguments, baseDirectory));
            var verbs = host.Services.GetServices<IVerb>().ToList();
            if (arguments.Help || arguments.Verb == "help") return Usage(verbs, output, 0);
            var verb = verbs.FirstOrDefault(v => v.Name == arguments.Verb);
            if (verb == null)
            {
                error.WriteLine($"error: unknown verb '{arguments.Verb}': expected {string.Join(", ", verbs.Select(v => v.Name))}");
                return 2;
            }
            using var stop = new StopSignal();
            return verb.Run(output, error, stop.Token);
        }
        catch (OperationCanceledException e)
        {
            error.WriteLine(e.Message);
            return 130;
        }
        catch (Plugins.StrategyFailedException e) when (e.InnerException is IOException or InvalidDataException or ArgumentException)
        {
            // A bad input the plugin reported (a missing or malformed file, a setting it cannot use): its message names
            // the file or setting; which assembly the plugin lives in is beside the point.
            error.WriteLine($"error: {e.Strategy.Kind.DisplayName()} '{e.Strategy.Name}': {UserMessage.Of(e.InnerException)}");
            return 1;
        }
        catch (Plugins.StrategyFailedException e)
        {
            // Anything else is a plugin bug: say which plugin, and where in it.
            error.WriteLine($"error: {e.Message}");
            error.WriteLine(e.InnerException?.StackTrace);
            return 1;
        }
        catch (ConfigurationError e)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is TorchException or IOException or InvalidDataException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            error.WriteLine($"error: {e.Message}");
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
