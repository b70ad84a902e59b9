using System.Runtime.InteropServices;

namespace Lottery.Host.Hosting;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM ask a run to stop cleanly: <see cref="Token"/> is cancelled, training finishes its
/// current step, writes a checkpoint and ends with an <see cref="OperationCanceledException"/>, so the same command
/// resumes exactly there. A second signal stops at once. The layers below see only the token.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly List<PosixSignalRegistration> registrations = new();
    private readonly CancellationTokenSource requested = new();

    public StopSignal()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // The first signal is ours to handle; let a second one terminate the process as usual.
                if (requested.IsCancellationRequested) return;
                context.Cancel = true;
                requested.Cancel();
            }));
        }
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => requested.Token;

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
        requested.Dispose();
    }
}
