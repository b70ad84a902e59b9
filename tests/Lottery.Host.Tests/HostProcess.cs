namespace Lottery.Host.Tests;

/// <summary>What a run of the built host printed and returned.</summary>
internal sealed record HostResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.TrimEntries);

    /// <summary>Exit code of a process that SIGKILL ended (128 + 9), as .NET and shells report it.</summary>
    public const int Killed = 137;
}

/// <summary>Runs the built host (Lottery.Host.dll) in a separate process to the end, as `./lottery` does.</summary>
internal static class HostProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static HostResult Run(params string[] arguments) => Run(Timeout, arguments);

    public static HostResult Run(TimeSpan timeout, params string[] arguments)
    {
        using var host = RunningHost.Start(arguments);
        return host.WaitForExit(timeout);
    }
}
