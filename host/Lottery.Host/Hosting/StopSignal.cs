using System.Runtime.InteropServices;

namespace Lottery.Host.Hosting;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM ask a run to stop cleanly: training finishes its current step, writes a
/// checkpoint and exits, so the same command resumes exactly there. A second signal stops at once.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly List<PosixSignalRegistration> registrations = new();
    private int requested;

    public StopSignal()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // The first signal is ours to handle; let a second one terminate the process as usual.
                if (Interlocked.Exchange(ref requested, 1) == 0) context.Cancel = true;
            }));
        }
    }

    public bool IsRequested => Volatile.Read(ref requested) == 1;

    /// <summary>Requests a stop as a signal would (tests use it).</summary>
    public void Request() => Interlocked.Exchange(ref requested, 1);

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
    }
}

/// <summary>A run stopped on request after writing its checkpoint; running the same command resumes it.</summary>
public sealed class RunStoppedException(string message) : Exception(message);
