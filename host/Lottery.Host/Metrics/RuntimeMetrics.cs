using System.Diagnostics.Metrics;
using Lottery.Torch;

namespace Lottery.Host.Metrics;

/// <summary>
/// What the process holds, read when collected (meter Lottery.Runtime): live native tensors, device memory
/// held by libtorch's CUDA allocator per device (a single 0 for "cpu", where libtorch keeps no statistics),
/// and the process' CPU time and resident memory under Prometheus' conventional names.
/// </summary>
public sealed class RuntimeMetrics
{
    public const string MeterName = "Lottery.Runtime";

    private readonly Lazy<Meter> meter;

    public RuntimeMetrics(IMeterFactory meters) => meter = new Lazy<Meter>(() => Create(meters.Create(MeterName)));

    /// <summary>Creates the observable instruments (once): an export started after this reads them on every collection.</summary>
    public void Observe() => _ = meter.Value;

    private static Meter Create(Meter meter)
    {
        meter.CreateObservableGauge("lottery.native.tensors", () => torch.LiveTensorCount, "{tensor}", "Native tensors alive (a steady climb is a leak).");
        meter.CreateObservableGauge("lottery.device.memory", DeviceMemory, "By", "Bytes libtorch has allocated to tensors, by device (CUDA only; 0 on cpu).");
        meter.CreateObservableCounter("process.cpu", () => Environment.CpuUsage.TotalTime.TotalSeconds, "s", "CPU time the process has used, user and system.");
        meter.CreateObservableGauge("process.resident_memory", () => Environment.WorkingSet, "By", "Resident memory of the process.");
        return meter;
    }

    private static IEnumerable<Measurement<long>> DeviceMemory()
    {
        if (!torch.cuda.is_available())
        {
            yield return new Measurement<long>(0, new KeyValuePair<string, object?>("device", "cpu"));
            yield break;
        }
        for (var device = 0; device < torch.cuda.device_count(); device++)
        {
            yield return new Measurement<long>(torch.cuda.memory_allocated(device), new KeyValuePair<string, object?>("device", $"cuda:{device}"));
        }
    }
}
