using Lottery.Torch.Native;

namespace Lottery.Torch;

/// <summary>
/// Whether autograd records operations. libtorch keeps this per OS thread; here it flows with the
/// async execution context instead, and is re-applied to the native thread right before an op runs
/// on it (see <see cref="SyncCurrentThread"/>), so `using (torch.no_grad())` holds across awaits.
/// </summary>
internal static class GradMode
{
    private static readonly AsyncLocal<bool> disabled = new();

    [ThreadStatic] private static bool nativeThreadDisabled;

    internal static bool IsEnabled => !disabled.Value;

    internal static IDisposable Set(bool enabled)
    {
        var previous = disabled.Value;
        disabled.Value = !enabled;
        return new Restore(previous);
    }

    internal static void SyncCurrentThread()
    {
        var want = disabled.Value;
        if (want == nativeThreadDisabled) return;
        NativeMethods.lt_set_grad_enabled(want ? 0 : 1);
        nativeThreadDisabled = want;
    }

    private sealed class Restore(bool previous) : IDisposable
    {
        private bool done;

        public void Dispose()
        {
            if (done) return;
            done = true;
            disabled.Value = previous;
        }
    }
}
