using System.Reflection;
using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

/// <summary>
/// Resolves the native half of the binding from the directory of this assembly, so that it is found
/// the same way whether the binding is loaded by the host, a test runner or a plugin's load context.
/// </summary>
internal static unsafe class NativeLibraryLoader
{
    internal const string LibraryName = "lottery_torch_native";

    private static int registered;
    // The library's handle once loaded, and a thread count to set as it loads; both under the gate, so a count deferred
    // while another thread loads the library is either set by that load or seen as loaded and set by the caller.
    private static readonly object gate = new();
    private static IntPtr loaded;
    private static int pendingThreads;

    /// <summary>
    /// Keeps the intra-op thread count for the moment the library loads and returns true; false when it is loaded
    /// already (the caller sets it the ordinary way).
    /// </summary>
    internal static bool DeferThreads(int threads)
    {
        lock (gate)
        {
            if (loaded != IntPtr.Zero) return false;
            pendingThreads = threads;
            return true;
        }
    }

    // Called straight through the export: a P/Invoke here would ask this resolver for the library again.
    private static IntPtr Loaded(IntPtr handle)
    {
        lock (gate)
        {
            loaded = handle;
            if (pendingThreads > 0)
            {
                var threads = pendingThreads;
                pendingThreads = 0;
                var setThreads = (delegate* unmanaged<int, int>)NativeLibrary.GetExport(handle, "lt_set_num_threads");
                if (setThreads(threads) != 0) throw new TorchException($"libtorch refused {threads} intra-op thread(s)");
            }
        }
        return handle;
    }

    internal static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1) return;
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraryLoader).Assembly, Resolve);
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != LibraryName) return IntPtr.Zero;
        var directory = Path.GetDirectoryName(assembly.Location);
        if (!string.IsNullOrEmpty(directory))
        {
            var candidate = Path.Combine(directory, "lib" + LibraryName + ".so");
            if (File.Exists(candidate)) return Loaded(NativeLibrary.Load(candidate));
        }
        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle)) return Loaded(handle);
        throw new DllNotFoundException(
            $"Could not load lib{LibraryName}.so next to {assembly.Location} or on the library path. " +
            "Build it with `make native` (needs libtorch-dev) or `dotnet build`, which runs CMake.");
    }
}
