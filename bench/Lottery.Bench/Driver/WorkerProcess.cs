using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lottery.Bench.Driver;

/// <summary>
/// One implementation's worker: started with the thread count and device, it answers a hello line, then one
/// JSON line per request line. Its stderr is kept for the message when it fails.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder errors = new();

    private WorkerProcess(Implementation implementation, ProcessStartInfo start)
    {
        Implementation = implementation;
        process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == null) return;
            lock (errors) errors.AppendLine(e.Data);
        };
        try
        {
            process.Start();
        }
        catch (Exception failure) when (failure is System.ComponentModel.Win32Exception or FileNotFoundException)
        {
            throw new BenchException($"{implementation.Key()}: cannot start '{start.FileName}': {failure.Message}");
        }
        process.BeginErrorReadLine();
        Hello = ReadReply("start");
        if (Hello.TryGetProperty("error", out var error)) throw new BenchException($"{implementation.Key()}: {error.GetString()}", exitCode: 2);
    }

    public Implementation Implementation { get; }

    /// <summary>The first line: implementation, libtorch version, threads and device as the worker sees them.</summary>
    public JsonElement Hello { get; }

    public static WorkerProcess Start(Implementation implementation, BenchOptions options)
    {
        var (file, prefix) = implementation switch
        {
            Implementation.Ours => OurCommand(),
            Implementation.PyTorch => (options.Python, new[] { options.PyTorchWorker }),
            Implementation.Cpp => (options.CppWorker, Array.Empty<string>()),
            _ => throw new ArgumentOutOfRangeException(nameof(implementation)),
        };
        if (implementation != Implementation.Ours && !File.Exists(file))
        {
            throw new BenchException(implementation == Implementation.Cpp
                ? $"cpp: {file} does not exist: build it with `make bench-cpp` (CMake against the same libtorch)"
                : $"pytorch: {file} does not exist: `make bench-deps` installs Debian's python3-torch");
        }
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in prefix) start.ArgumentList.Add(argument);
        foreach (var argument in new[] { "--threads", options.Threads.ToString(CultureInfo.InvariantCulture), "--device", options.Device.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        ThreadEnvironment.Apply(start.Environment, options.Threads);
        return new WorkerProcess(implementation, start);
    }

    /// <summary>Sends one request line; the reply, or a BenchException with the worker's error.</summary>
    public JsonElement Send(string request)
    {
        process.StandardInput.WriteLine(request);
        process.StandardInput.Flush();
        var reply = ReadReply(request);
        if (reply.TryGetProperty("error", out var error)) throw new BenchException($"{Implementation.Key()}: '{request}' failed: {error.GetString()}");
        return reply;
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30))) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone: nothing to stop.
        }
        process.Dispose();
    }

    private JsonElement ReadReply(string request)
    {
        var line = process.StandardOutput.ReadLine();
        if (line == null)
        {
            process.WaitForExit();
            string stderr;
            lock (errors) stderr = errors.ToString().Trim();
            throw new BenchException($"{Implementation.Key()}: the worker exited (code {process.ExitCode}) on '{request}'{(stderr.Length > 0 ? ": " + stderr : "")}");
        }
        try
        {
            return JsonDocument.Parse(line).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new BenchException($"{Implementation.Key()}: the worker answered '{request}' with a line that is not JSON: {line}");
        }
    }

    /// <summary>This program in worker mode: its apphost, or dotnet with its assembly when run that way.</summary>
    private static (string file, string[] prefix) OurCommand()
    {
        var self = Environment.ProcessPath ?? throw new BenchException("ours: the path of this process is unknown");
        return Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? (self, [typeof(WorkerProcess).Assembly.Location, "worker"])
            : (self, ["worker"]);
    }
}
