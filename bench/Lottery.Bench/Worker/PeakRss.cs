using System.Globalization;

namespace Lottery.Bench.Worker;

/// <summary>The process's peak resident set (VmHWM), read from /proc as the PyTorch and C++ workers read it.</summary>
public static class PeakRss
{
    public static long Bytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kib = line["VmHWM:".Length..].Trim().Split(' ')[0];
            return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException("no VmHWM in /proc/self/status (the peak-memory workload needs Linux)");
    }
}
