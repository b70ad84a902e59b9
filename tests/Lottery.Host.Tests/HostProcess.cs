using System.Diagnostics;

namespace Lottery.Host.Tests;

/// <summary>What a run of the built host printed and returned.</summary>
internal sealed record HostResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.TrimEntries);
}

/// <summary>Runs the built host (Lottery.Host.dll) in a separate process, as `./lottery` does.</summary>
internal static class HostProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static HostResult Run(params string[] arguments) => Run(Timeout, arguments);

    public static HostResult Run(TimeSpan timeout, params string[] arguments)
    {
        // The SDK tells test processes which dotnet runs them; fall back to the one on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuildOutputs.HostAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Settings inherited from the test's environment would override the defaults under test.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Lottery__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }
        // Hosts run side by side in tests: none serves metrics on the default port unless its arguments say so.
        start.Environment["Lottery__Metrics__Prometheus__Url"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the host did not exit within {timeout}: {string.Join(' ', arguments)}");
        }
        return new HostResult(process.ExitCode, output.Result, error.Result);
    }
}
