namespace Lottery.Host.Configuration;

/// <summary>
/// How this host was started: its command line and the folder holding appsettings.json and Lottery.Host.dll. A sweep
/// builds each point's configuration from it exactly as `./lottery run` would from the same command line plus the
/// point's settings, and starts points as processes of the same host.
/// </summary>
public sealed record HostInvocation(CommandLineArguments Arguments, string BaseDirectory)
{
    /// <summary>The configuration of this command line with more overrides after the user's.</summary>
    public Microsoft.Extensions.Configuration.IConfigurationRoot Configuration(IEnumerable<string> moreOverrides) =>
        LotteryConfiguration.Build(Arguments.With(moreOverrides), BaseDirectory);

    /// <summary>The program and leading arguments that start this host again: dotnet and Lottery.Host.dll.</summary>
    public IReadOnlyList<string> HostCommand()
    {
        // Under `dotnet test` the process is the test host: DOTNET_HOST_PATH names the dotnet that runs it.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath ? hostPath
            : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        return [dotnet, Path.Combine(BaseDirectory, "Lottery.Host.dll")];
    }
}
