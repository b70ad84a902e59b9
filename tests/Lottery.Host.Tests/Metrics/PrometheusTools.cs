using System.Diagnostics;

namespace Lottery.Host.Tests.Metrics;

/// <summary>Debian's prometheus package (installed by `make deps`): the server and promtool, found on PATH.</summary>
internal static class PrometheusTools
{
    public static string Server => Find("prometheus");

    public static string Promtool => Find("promtool");

    /// <summary>Runs promtool with the arguments (and stdin text, if any); its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) RunPromtool(string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo(Promtool) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input ?? "");
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            throw new TimeoutException($"promtool {string.Join(' ', arguments)} did not finish");
        }
        return (process.ExitCode, output.Result + error.Result);
    }

    private static string Find(string name)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, name)).FirstOrDefault(File.Exists);
        return path ?? throw new FileNotFoundException($"{name} is not on PATH: install Debian's prometheus package (`make deps` does)");
    }
}
