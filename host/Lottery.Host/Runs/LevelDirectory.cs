using System.Text.Json;
using Lottery.Host.Experiments;

namespace Lottery.Host.Runs;

/// <summary>
/// One IMP level's files: mask, rewind weights, final and best-validation weights (safetensors), the
/// in-progress checkpoint, and level.json, whose presence marks the level complete.
/// </summary>
public sealed class LevelDirectory(string path, int level)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public int Level { get; } = level;

    public string Path { get; } = path;

    public string MaskPath => System.IO.Path.Combine(Path, "mask.safetensors");

    public string RewindPath => System.IO.Path.Combine(Path, "rewind.safetensors");

    public string FinalPath => System.IO.Path.Combine(Path, "final.safetensors");

    public string BestPath => System.IO.Path.Combine(Path, "best.safetensors");

    public string CheckpointPath => System.IO.Path.Combine(Path, "checkpoint.safetensors");

    public string RecordPath => System.IO.Path.Combine(Path, "level.json");

    public bool IsComplete => File.Exists(RecordPath);

    /// <summary>
    /// Checks a complete level's files (every safetensors file's checksum, and the record). A problem found
    /// is returned, naming the file; the caller then redoes the level instead of building on it.
    /// </summary>
    public string? FindCorruption()
    {
        foreach (var path in new[] { MaskPath, RewindPath, FinalPath, BestPath })
        {
            if (!File.Exists(path))
            {
                if (path == BestPath) continue;
                return $"{path} is missing";
            }
            try
            {
                using var file = Lottery.Torch.Serialization.SafeTensors.Load(path);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                return e.Message;
            }
        }
        try
        {
            ReadRecord();
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return $"{RecordPath} is corrupt: {e.Message}";
        }
    }

    /// <summary>Forgets that the level was complete, so it is trained again.</summary>
    public void Invalidate() => File.Delete(RecordPath);

    public void Create() => Directory.CreateDirectory(Path);

    public LevelResult ReadRecord() =>
        JsonSerializer.Deserialize<LevelResult>(File.ReadAllText(RecordPath), Json)
        ?? throw new InvalidDataException($"{RecordPath} holds no level record");

    /// <summary>Marks the level complete (the record is written last, atomically) and drops its checkpoint.</summary>
    public void Complete(LevelResult result)
    {
        AtomicFile.WriteAllText(RecordPath, JsonSerializer.Serialize(result, Json));
        if (File.Exists(CheckpointPath)) File.Delete(CheckpointPath);
    }
}
