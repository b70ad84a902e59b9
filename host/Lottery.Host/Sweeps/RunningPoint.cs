using System.Diagnostics;
using System.Globalization;

namespace Lottery.Host.Sweeps;

/// <summary>A point's process while it runs: its output appended to the point's log, line by line, with the time.</summary>
internal sealed class RunningPoint
{
    private readonly StreamWriter log;
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public RunningPoint(PlannedPoint point, int slot, ProcessStartInfo start, string logPath)
    {
        Point = point;
        Slot = slot;
        log = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        Write($"# {DateTimeOffset.Now:O} start: {start.FileName} {string.Join(" ", start.ArgumentList)}");
        Process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        Process.OutputDataReceived += (_, e) => Write(e.Data);
        Process.ErrorDataReceived += (_, e) => Write(e.Data);
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
        Exited = Process.WaitForExitAsync();
    }

    public PlannedPoint Point { get; }

    public int Slot { get; }

    public Process Process { get; }

    public Task Exited { get; }

    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Waits for the output to drain, closes the log and gives the exit code.</summary>
    public int Finish()
    {
        Process.WaitForExit();
        var code = Process.ExitCode;
        Write(string.Create(CultureInfo.InvariantCulture, $"# {DateTimeOffset.Now:O} exit code {code}"));
        lock (log) log.Dispose();
        Process.Dispose();
        return code;
    }

    private void Write(string? line)
    {
        if (line == null) return;
        lock (log) log.WriteLine(line);
    }
}
