using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lottery.Bench.Driver;

/// <summary>bench/results/latest.json: the machine and one row per workload.</summary>
public sealed record BenchResults(MachineInfo Machine, IReadOnlyList<WorkloadResult> Workloads)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
    }

    public static BenchResults Load(string path) =>
        JsonSerializer.Deserialize<BenchResults>(File.ReadAllText(path), Json) ?? throw new BenchException($"{path} holds no results");
}

/// <summary>
/// One workload: the medians of ours, PyTorch and C++ (null where not measured) and the ratios, &gt;1 meaning
/// ours is better (faster, or less memory), with the target and every round's samples; for a workload compared with
/// a peer of ours instead, that peer's median and ratio.
/// </summary>
public sealed record WorkloadResult(
    string Name,
    string Unit,
    bool HigherIsBetter,
    string Request,
    double? Ours,
    [property: JsonPropertyName("pytorch")] double? PyTorch,
    double? Cpp,
    [property: JsonPropertyName("ratioVsPytorch")] double? RatioVsPyTorch,
    double? RatioVsCpp,
    string Target,
    bool? TargetMet,
    IReadOnlyDictionary<string, double[]> Samples,
    PeerResult? Peer = null);

/// <summary>The peer of an ours-only workload: its name and request, its median and ours against it (&gt;1: ours is better).</summary>
public sealed record PeerResult(string Name, string Request, double? Value, double? Ratio);
