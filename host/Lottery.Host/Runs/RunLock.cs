using System.Diagnostics;
using System.Globalization;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// Keeps two live processes from writing the same run directory: the first holds an exclusive lock on
/// <c>run.lock</c> (an advisory file lock the OS drops when the process dies, so a killed run never
/// leaves a stale lock) and writes its PID to <c>run.pid</c> (a separate file, readable while the lock is
/// held); a second is refused with that PID.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream stream;

    private RunLock(FileStream stream) => this.stream = stream;

    public static RunLock Acquire(string runDirectory)
    {
        var pidPath = Path.Combine(runDirectory, "run.pid");
        FileStream stream;
        try
        {
            stream = new FileStream(Path.Combine(runDirectory, "run.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            var holder = ReadHolder(pidPath);
            throw new InvalidOperationException(
                $"run directory {runDirectory} is in use by another live process{(holder == null ? "" : $" (PID {holder})")}: wait for it to finish or stop it first", e);
        }
        try
        {
            // Outside the catch above: failing to write the PID (a full disk) is no sign of another process.
            AtomicFile.WriteAllText(pidPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            return new RunLock(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Dispose() => stream.Dispose();

    /// <summary>Whether a live process (this one included) holds the run directory's lock; takes nothing.</summary>
    public static bool IsHeld(string runDirectory)
    {
        var path = Path.Combine(runDirectory, "run.lock");
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string? ReadHolder(string path)
    {
        try
        {
            var pid = File.ReadAllText(path).Trim();
            return int.TryParse(pid, out var id) && IsAlive(id) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
