using System.Diagnostics;
using System.Text;

namespace Lottery.Template.Tests;

/// <summary>
/// Runs the dotnet CLI as a child process, with a time limit, and fails the test with the command's whole
/// output when it exits non-zero or runs out of time. Environment variables given are set for the command.
/// </summary>
public static class DotnetCli
{
    // The same dotnet that runs the tests (the SDK sets DOTNET_HOST_PATH for its child processes).
    private static readonly string Executable = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    public static string Run(string workingDirectory, TimeSpan timeout, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Isolate(start.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var command = $"dotnet {string.Join(' ', arguments)} (in {workingDirectory})";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{command} did not finish within {timeout.TotalSeconds:F0} s; its output:\n{Text(output)}");
        }
        process.WaitForExit(); // drains the redirected output
        if (process.ExitCode != 0) Assert.Fail($"{command} exited with {process.ExitCode}; its output:\n{Text(output)}");
        return Text(output);
    }

    /// <summary>
    /// A test run hands its MSBuild environment down to the test process (MSBuildExtensionsPath,
    /// MSBuildSDKsPath: the outer build's SDK); the nested command must resolve its own. Build nodes left
    /// running would outlive the test.
    /// </summary>
    private static void Isolate(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line == null) return;
        lock (output) output.AppendLine(line);
    }

    private static string Text(StringBuilder output)
    {
        lock (output) return output.ToString();
    }
}
