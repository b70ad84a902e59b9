using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Contracts.Pools;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// One pool's files, <c>pools/level_&lt;t&gt;/&lt;method&gt;/</c> in the run directory: the pooled ticket's weights and
/// mask (safetensors), one weights file per further ensemble member, and result.json, written last, whose
/// presence marks the pool complete. result.json (sealed, <see cref="SealedJson"/>) records the settings the pool
/// was built with, so a pool built with other settings (another alpha grid, pool size, ...) is built again rather
/// than reused, and the IMP files it was built from (<see cref="InputFiles"/>), so a pool of levels redone since is too.
/// </summary>
public sealed class PoolDirectory(RunDirectory run, int level, string method)
{

    public string Path { get; } = System.IO.Path.Combine(run.Path, "pools", $"level_{level}", method);

    public string WeightsPath => System.IO.Path.Combine(Path, "weights.safetensors");

    public string MaskPath => System.IO.Path.Combine(Path, "mask.safetensors");

    public string ResultPath => System.IO.Path.Combine(Path, "result.json");

    public string MemberPath(int member) => System.IO.Path.Combine(Path, $"member_{member}.safetensors");

    /// <summary>
    /// The saved result, if this pool is complete, was built with these settings from the IMP files as they are now
    /// (builtFrom, as <see cref="InputFiles.Record"/> gives them) and its files are intact. When it is not because
    /// something is damaged or has changed (not merely other settings), damage says what, naming the file.
    /// </summary>
    public PoolLevelSummary? Read(JsonObject settings, JsonObject builtFrom, out string? damage)
    {
        damage = null;
        if (!File.Exists(ResultPath)) return null;
        Record record;
        try
        {
            record = SealedJson.Read<Record>(ResultPath, "pool result");
            // One prediction runs the pooled network and each further member: there is at least one.
            if (record.Result.InferenceCost < 1)
            {
                throw new InvalidDataException($"{ResultPath} is corrupt: its inference cost {record.Result.InferenceCost} is not a count of networks");
            }
        }
        catch (InvalidDataException e)
        {
            damage = e.Message;
            return null;
        }
        if (!JsonNode.DeepEquals(record.Settings, settings)) return null;
        damage = TensorFiles.FindUnreadable(Networks(record.Result.InferenceCost)) ?? InputFiles.FindChange(run.Path, record.BuiltFrom, builtFrom);
        return damage == null ? record.Result : null;
    }

    /// <summary>Saves the pool's networks, then its result (atomically, last) with the settings and IMP files it was built from.</summary>
    public void Save(PoolResult pool, PoolLevelSummary result, JsonObject settings, JsonObject builtFrom)
    {
        Directory.CreateDirectory(Path);
        AtomicFile.WriteTensors(WeightsPath, pool.Ticket.Weights.Tensors, Metadata(pool));
        AtomicFile.WriteTensors(MaskPath, pool.Ticket.Mask.Tensors);
        for (var i = 0; i < pool.EnsembleMembers.Count; i++) AtomicFile.WriteTensors(MemberPath(i + 1), pool.EnsembleMembers[i].Weights.Tensors);
        SealedJson.Write(ResultPath, new Record(settings, result, builtFrom));
    }

    /// <summary>The pool's network files: weights, mask and each further ensemble member.</summary>
    private IEnumerable<string> Networks(int inferenceCost) => new[] { WeightsPath, MaskPath }.Concat(Enumerable.Range(1, inferenceCost - 1).Select(MemberPath));

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

    private sealed record Record(JsonObject Settings, PoolLevelSummary Result, JsonObject? BuiltFrom);
}
