using System.Reflection;
using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

/// <summary>
/// Resolves the native half of the binding from the directory of this assembly, so that it is found
/// the same way whether the binding is loaded by the host, a test runner or a plugin's load context.
/// </summary>
internal static class NativeLibraryLoader
{
    internal const string LibraryName = "lottery_torch_native";

    private static int registered;

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
            if (File.Exists(candidate)) return NativeLibrary.Load(candidate);
        }
        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle)) return handle;
        throw new DllNotFoundException(
            $"Could not load lib{LibraryName}.so next to {assembly.Location} or on the library path. " +
            "Build it with `make native` (needs libtorch-dev) or `dotnet build`, which runs CMake.");
    }
}
