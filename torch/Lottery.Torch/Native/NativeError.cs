using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

/// <summary>Turns the native last-error slot into .NET exceptions right after each call.</summary>
internal static unsafe class NativeError
{
    internal static IntPtr CheckHandle(IntPtr handle)
    {
        if (handle == IntPtr.Zero) Throw();
        return handle;
    }

    internal static void CheckStatus(int status)
    {
        if (status != 0) Throw();
    }

    internal static int CheckCount(int count)
    {
        if (count < 0) Throw();
        return count;
    }

    private static void Throw()
    {
        var message = NativeMethods.lt_take_error();
        throw new TorchException(message == null
            ? "libtorch call failed without a message"
            : Marshal.PtrToStringUTF8((IntPtr)message) ?? "libtorch call failed");
    }
}
