using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Contracts.Pools;
using Lottery.Host.Reports;

namespace Lottery.Host.Runs;

/// <summary>
/// One pool's files, <c>pools/level_&lt;t&gt;/&lt;method&gt;/</c> in the run directory: the pooled ticket's weights and
/// mask (safetensors), one weights file per further ensemble member, and result.json, written last, whose
/// presence marks the pool complete. result.json records the settings the pool was built with, so a pool built
/// with other settings (another alpha grid, pool size, ...) is built again rather than reused.
/// </summary>
public sealed class PoolDirectory(RunDirectory run, int level, string method)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string Path { get; } = System.IO.Path.Combine(run.Path, "pools", $"level_{level}", method);

    public string WeightsPath => System.IO.Path.Combine(Path, "weights.safetensors");

    public string MaskPath => System.IO.Path.Combine(Path, "mask.safetensors");

    public string ResultPath => System.IO.Path.Combine(Path, "result.json");

    public string MemberPath(int member) => System.IO.Path.Combine(Path, $"member_{member}.safetensors");

    /// <summary>The saved result, if this pool is complete and was built with these settings.</summary>
    public PoolLevelSummary? Read(JsonObject settings)
    {
        if (!File.Exists(ResultPath)) return null;
        var record = JsonSerializer.Deserialize<Record>(File.ReadAllText(ResultPath), Json);
        return record != null && JsonNode.DeepEquals(record.Settings, settings) ? record.Result : null;
    }

    /// <summary>Saves the pool's networks, then its result (atomically, last).</summary>
    public void Save(PoolResult pool, PoolLevelSummary result, JsonObject settings)
    {
        Directory.CreateDirectory(Path);
        AtomicFile.WriteTensors(WeightsPath, pool.Ticket.Weights.Tensors, Metadata(pool));
        AtomicFile.WriteTensors(MaskPath, pool.Ticket.Mask.Tensors);
        for (var i = 0; i < pool.EnsembleMembers.Count; i++) AtomicFile.WriteTensors(MemberPath(i + 1), pool.EnsembleMembers[i].Weights.Tensors);
        AtomicFile.WriteAllText(ResultPath, JsonSerializer.Serialize(new Record(settings, result), Json));
    }

    private static Dictionary<string, string> Metadata(PoolResult pool)
    {
        var provenance = pool.Ticket.Provenance;
        var metadata = new Dictionary<string, string>
        {
            ["experiment"] = provenance.Experiment,
            ["level"] = provenance.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["method"] = provenance.Method,
            ["architecture"] = pool.Ticket.Architecture.ToString(),
        };
        if (provenance.Source != null) metadata["source"] = provenance.Source;
        return metadata;
    }

    private sealed record Record(JsonObject Settings, PoolLevelSummary Result);
}
