using System.Runtime.InteropServices;

namespace Lottery.Host.Hosting;

/// <summary>
/// Makes GNU OpenMP's idle workers sleep rather than spin (<c>OMP_WAIT_POLICY=PASSIVE</c>) unless the environment
/// already says otherwise. libtorch and OpenBLAS share libgomp, whose spinning workers starve each other and every
/// other process when threads outnumber the free cores: a busy machine, or parallel runs of a sweep.
/// </summary>
public static class OpenMpWaitPolicy
{
    public const string Variable = "OMP_WAIT_POLICY";

    /// <summary>
    /// Sets the variable in the process's native environment, where libgomp reads it once, when it is loaded (with the
    /// torch binding's native library, on the first libtorch call): so this must run before that, at the top of Main.
    /// <see cref="Environment.SetEnvironmentVariable(string, string)"/> would not do: on Unix .NET keeps its own copy
    /// of the environment, which native code never sees.
    /// </summary>
    public static void DefaultToPassive()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        // overwrite 0: a value the user set (ACTIVE for a dedicated machine) stands.
        if (setenv(Variable, "PASSIVE", overwrite: 0) != 0) throw new InvalidOperationException($"setenv({Variable}) failed: {Marshal.GetLastPInvokeErrorMessage()}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setenv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);
}
