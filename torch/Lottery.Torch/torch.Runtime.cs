using System.Runtime.InteropServices;
using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    /// <summary>Opens a scope that frees every tensor created inside it when disposed (see <see cref="DisposeScope"/>).</summary>
    public static DisposeScope NewDisposeScope() => new();

    /// <summary>How many native tensor handles are alive right now (all threads). Tests and a metric watch it.</summary>
    public static long LiveTensorCount => NativeMethods.lt_live_tensors();

    /// <summary>Disables gradient recording until disposed; the setting follows async code.</summary>
    public static IDisposable no_grad() => GradMode.Set(enabled: false);

    public static IDisposable enable_grad() => GradMode.Set(enabled: true);

    public static bool is_grad_enabled() => GradMode.IsEnabled;

    public static unsafe string version => Marshal.PtrToStringUTF8((IntPtr)NativeMethods.lt_version()) ?? "unknown";

    public static void set_num_threads(int threads)
    {
        if (threads <= 0) throw new ArgumentOutOfRangeException(nameof(threads), threads, "the thread count must be positive");
        NativeError.CheckStatus(NativeMethods.lt_set_num_threads(threads));
    }

    /// <summary>
    /// Sets the intra-op thread count as libtorch loads, or at once when it is loaded already: a process that never
    /// computes (a command that only reads files or plans a sweep) never loads libtorch, which takes about half a second.
    /// </summary>
    public static void set_num_threads_when_loaded(int threads)
    {
        if (threads <= 0) throw new ArgumentOutOfRangeException(nameof(threads), threads, "the thread count must be positive");
        if (!NativeLibraryLoader.DeferThreads(threads)) set_num_threads(threads);
    }

    public static int get_num_threads() => NativeMethods.lt_get_num_threads();

    public static void set_num_interop_threads(int threads) => NativeError.CheckStatus(NativeMethods.lt_set_num_interop_threads(threads));

    public static class cuda
    {
        /// <summary>True when this libtorch was built with CUDA and a device is present.</summary>
        public static bool is_available() => NativeMethods.lt_cuda_is_available() != 0;

        public static int device_count() => NativeMethods.lt_cuda_device_count();

        /// <summary>Bytes the caching allocator has handed to tensors on CUDA device <paramref name="device"/> (a TorchException without CUDA).</summary>
        public static long memory_allocated(int device = 0)
        {
            var bytes = NativeMethods.lt_cuda_memory_allocated(device);
            if (bytes < 0) NativeError.CheckStatus(-1);
            return bytes;
        }
    }
}
