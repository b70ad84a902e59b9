using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// One IMP level's files: mask, rewind weights, final and best-validation weights (safetensors), the
/// in-progress checkpoint, and level.json, whose presence marks the level complete. level.json is sealed
/// (<see cref="SealedJson"/>) and records the files of earlier levels the level was built from (<see cref="InputFiles"/>).
/// </summary>
public sealed class LevelDirectory(string path, int level)
{
    private const string BuiltFromProperty = "builtFrom";


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
    /// Checks a complete level's files (each safetensors file must be there and pass its checksum, the record
    /// its seal). A problem found is returned, naming the file; the caller then redoes the level instead of
    /// building on it.
    /// </summary>
    public string? FindCorruption()
    {
        if (TensorFiles.FindUnreadable([MaskPath, RewindPath, FinalPath, BestPath]) is { } unreadable) return unreadable;
        try
        {
            ReadRecord();
            return null;
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Checks the files an interrupted level left (whichever of mask, rewind, best and checkpoint it got to), which
    /// resuming would build on; a problem found is returned, naming the file, and the level should start afresh.
    /// </summary>
    public string? FindCorruptionInProgress() => TensorFiles.FindUnreadable([MaskPath, RewindPath, BestPath, CheckpointPath], required: false);

    /// <summary>The first recorded input of a complete level that has changed since (see <see cref="InputFiles.FindChange"/>).</summary>
    public string? FindChangedInput(string runPath, JsonObject current) =>
        InputFiles.FindChange(runPath, SealedJson.Read(RecordPath)[BuiltFromProperty] as JsonObject, current);

    /// <summary>Deletes everything the level has, so that it is trained afresh.</summary>
    public void Clear()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    public void Create() => Directory.CreateDirectory(Path);

    /// <summary>The level's record; a corrupt one throws <see cref="InvalidDataException"/> naming the file.</summary>
    public LevelResult ReadRecord()
    {
        var record = SealedJson.Read<LevelResult>(RecordPath, "level record");
        // A level trains at least one epoch, and its final and best results are read from them.
        if (record.Epochs.Count == 0) throw new InvalidDataException($"{RecordPath} is corrupt: it records no epochs");
        if (record.Level != Level) throw new InvalidDataException($"{RecordPath} is corrupt: it is the record of level {record.Level}, not {Level}");
        return record;
    }

    /// <summary>
    /// Marks the level complete (the record is written last, atomically, with the digests of the files it was
    /// built from) and drops its checkpoint.
    /// </summary>
    public void Complete(LevelResult result, JsonObject? builtFrom = null)
    {
        SealedJson.Write(RecordPath, new LevelRecord(result, builtFrom));
        if (File.Exists(CheckpointPath)) File.Delete(CheckpointPath);
    }

    /// <summary>level.json: the level's result with the digests of the files it was built from beside it.</summary>
    private sealed record LevelRecord(int Level, double Density, IReadOnlyList<EpochResult> Epochs, JsonObject? BuiltFrom)
    {
        public LevelRecord(LevelResult result, JsonObject? builtFrom) : this(result.Level, result.Density, result.Epochs, builtFrom)
        {
        }
    }
}
