using System.Globalization;
using System.Runtime.InteropServices;

namespace Lottery.Bench.Driver;

/// <summary>Where and how the results were measured; the load averages say how busy the machine was.</summary>
public sealed record MachineInfo(
    string Cpu,
    int Cores,
    double MemoryGiB,
    string Os,
    string Dotnet,
    string Libtorch,
    string? PyTorch,
    int Threads,
    string Device,
    string Mode,
    string Date,
    string LoadAverageBefore,
    string LoadAverageAfter)
{
    public static string CpuModel() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";

    public static double MemoryGiBytes()
    {
        var total = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return total == null ? 0 : Math.Round(long.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / (1024.0 * 1024), 1);
    }

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static string LoadAverage() => string.Join(' ', ReadLines("/proc/loadavg").FirstOrDefault()?.Split(' ').Take(3) ?? ["unknown"]);

    public static string OsDescription() => RuntimeInformation.OSDescription;

    public static string DotnetVersion() => RuntimeInformation.FrameworkDescription;

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
