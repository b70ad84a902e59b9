using System.Diagnostics;
using System.Globalization;

namespace Lottery.Host.Tests;

/// <summary>
/// The built host (Lottery.Host.dll) started as a separate process, as `./lottery` runs it, and watched while it
/// runs: its output lines as they come, signals (SIGTERM, SIGKILL), and its exit. The one way tests start the host
/// as a process (<see cref="HostProcess"/> runs it to the end).
/// </summary>
internal sealed class RunningHost : IDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];
    private readonly List<string> error = [];
    private readonly object gate = new();
    private int openStreams = 2;

    private RunningHost(Process process) => this.process = process;

    public IReadOnlyList<string> Arguments { get; private init; } = [];

    /// <param name="environment">Variables to set (a null value removes one) on top of the test's environment, less its Lottery__ settings.</param>
    /// <param name="launcher">A command that starts the host (its arguments included), e.g. <c>taskset -c 0</c>; none by default.</param>
    public static RunningHost Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, IReadOnlyList<string>? launcher = null)
    {
        // The SDK tells test processes which dotnet runs them; fall back to the one on PATH.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(launcher is [var command, ..] ? command : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (launcher != null)
        {
            foreach (var argument in launcher.Skip(1)) start.ArgumentList.Add(argument);
            start.ArgumentList.Add(dotnet);
        }
        start.ArgumentList.Add(BuildOutputs.HostAssembly);
        var argumentList = arguments.ToList();
        foreach (var argument in argumentList) start.ArgumentList.Add(argument);
        // Settings (and an armed fault) inherited from the test's environment would change what is under test.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Lottery__", StringComparison.OrdinalIgnoreCase) || k == "LOTTERY_FAULT").ToList())
        {
            start.Environment.Remove(key);
        }
        // Hosts run side by side in tests: none serves metrics on the default port unless its arguments say so.
        start.Environment["Lottery__Metrics__Prometheus__Url"] = "";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>()) start.Environment[key] = value;

        var host = new RunningHost(Process.Start(start)!) { Arguments = argumentList };
        host.process.OutputDataReceived += (_, line) => host.Receive(host.output, line.Data);
        host.process.ErrorDataReceived += (_, line) => host.Receive(host.error, line.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        return host;
    }

    /// <summary>
    /// Waits until the host prints a line (on stdout) that matches, and returns it; null when the host's output
    /// ended (it exited) or the timeout passed first.
    /// </summary>
    public string? WaitForLine(Func<string, bool> matches, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (gate)
        {
            for (var seen = 0; ; )
            {
                for (; seen < output.Count; seen++)
                {
                    if (matches(output[seen])) return output[seen];
                }
                var left = deadline - DateTime.UtcNow;
                if (openStreams == 0 || left <= TimeSpan.Zero) return null;
                Monitor.Wait(gate, left);
            }
        }
    }

    /// <summary>Waits (polling) until the condition holds; false when the host exited or the timeout passed first.</summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (process.HasExited || DateTime.UtcNow > deadline) return condition();
            Thread.Sleep(10);
        }
        return true;
    }

    /// <summary>SIGKILL: the host gets no chance to clean up, as after the OOM killer or a power cut.</summary>
    public HostResult Kill()
    {
        process.Kill(entireProcessTree: true);
        return WaitForExit(TimeSpan.FromMinutes(1));
    }

    /// <summary>SIGTERM, what `kill` and container runtimes send to stop a process.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The host's exit code and everything it printed; after the timeout it is killed and this throws.</summary>
    public HostResult WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the host did not exit within {timeout}: {string.Join(' ', Arguments)}");
        }
        process.WaitForExit(); // drains the redirected streams
        lock (gate)
        {
            return new HostResult(process.ExitCode, string.Join('\n', output), string.Join('\n', error));
        }
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private void Receive(List<string> lines, string? line)
    {
        lock (gate)
        {
            if (line == null) openStreams--;
            else lines.Add(line);
            Monitor.PulseAll(gate);
        }
    }
}
