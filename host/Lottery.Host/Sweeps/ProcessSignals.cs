using System.Runtime.InteropServices;

namespace Lottery.Host.Sweeps;

/// <summary>
/// Sends a point's process SIGTERM: the run's own stop (checkpoint, exit 130), which .NET's Process.Kill (SIGKILL) would
/// skip.
/// </summary>
internal static class ProcessSignals
{
    private const int SigTerm = 15;

    public static void Terminate(int processId) => _ = Kill(processId, SigTerm);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
