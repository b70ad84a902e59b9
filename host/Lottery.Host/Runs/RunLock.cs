using System.Diagnostics;
using System.Globalization;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// Keeps two live processes from writing the same run directory: the first holds an exclusive lock on
/// <c>run.lock</c> (an advisory file lock the OS drops when the process dies, so a killed run never
/// leaves a stale lock) and writes its PID to <c>run.pid</c> (a separate file, readable while the lock is
/// held); a second is refused with that PID (<see cref="RunInUseException"/>). <see cref="IsHeld"/> asks without taking it.
/// </summary>
public sealed class RunLock : IDisposable
{
    private const string LockFile = "run.lock";

    private const string PidFile = "run.pid";

    // A probe (IsHeld) holds a shared lock for an instant; a run starting in that instant tries again rather than
    // mistake a `./lottery runs` for another run.
    private static readonly TimeSpan[] Retries = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100)];

    private readonly FileStream stream;

    private RunLock(FileStream stream) => this.stream = stream;

    public static RunLock Acquire(string runDirectory)
    {
        var stream = OpenExclusive(runDirectory);
        try
        {
            // Outside the open's catch: failing to write the PID (a full disk) is no sign of another process.
            AtomicFile.WriteAllText(Path.Combine(runDirectory, PidFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            return new RunLock(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether a live process (this one included) holds the lock of the run directory now. Never throws: a directory
    /// without a lock file, or one that cannot be read, is not held.
    /// </summary>
    public static bool IsHeld(string runDirectory)
    {
        var path = Path.Combine(runDirectory, LockFile);
        if (!File.Exists(path)) return false;
        try
        {
            // Read-only with sharing allowed takes a shared lock (flock LOCK_SH on Unix), which the holder's exclusive
            // one refuses; released at once.
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>The PID run.pid names when that process is alive, else null (a run that ended, or no run.pid).</summary>
    public static int? Holder(string runDirectory)
    {
        try
        {
            return int.TryParse(File.ReadAllText(Path.Combine(runDirectory, PidFile)).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && IsAlive(pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => stream.Dispose();

    private static FileStream OpenExclusive(string runDirectory)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(Path.Combine(runDirectory, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < Retries.Length)
            {
                Thread.Sleep(Retries[attempt]);
            }
            catch (IOException e)
            {
                throw new RunInUseException(runDirectory, Holder(runDirectory), e);
            }
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
