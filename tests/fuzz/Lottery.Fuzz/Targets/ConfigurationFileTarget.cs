using Lottery.Host.Configuration;
using Lottery.Host.Options;

namespace Lottery.Fuzz.Targets;

/// <summary>
/// A configuration file given with <c>--config</c>: parsed, layered and bound to the host's validated options as a run
/// does before any work. The documented error is <see cref="ConfigurationError"/>.
/// </summary>
public sealed class ConfigurationFileTarget : IFuzzTarget
{
    public string Name => "config-json";

    public void Run(byte[] input, string folder)
    {
        var path = Path.Combine(folder, "experiment.json");
        File.WriteAllBytes(path, input);
        Configurations.Resolve(CommandLineArguments.Parse(["run", "--config", path]), folder);
    }

    public IEnumerable<Seed> Seeds(string repository) =>
        new[] { "appsettings.json", "examples/quick-imp.json", "examples/demo-pools.json", "examples/quick-elastic.json" }
            .Select(file => new Seed(Path.GetFileName(file), File.ReadAllBytes(Path.Combine(repository, file))));
}

/// <summary>Resolving a configuration as the host does before a run: its documented error is <see cref="ConfigurationError"/>.</summary>
internal static class Configurations
{
    /// <param name="baseDirectory">Where appsettings.json would be: the target's own folder, which has none.</param>
    public static void Resolve(CommandLineArguments arguments, string baseDirectory)
    {
        try
        {
            LotteryOptions.Load(LotteryConfiguration.Build(arguments, baseDirectory));
        }
        catch (ConfigurationError)
        {
        }
    }
}
