using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Contracts.Pools;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Reports;
using Lottery.Host.Runs;

namespace Lottery.Fuzz.Targets;

/// <summary>
/// The run store's JSON records, copied between machines with run folders: each input is put in a run directory as
/// level.json, a pool's result.json, summary.json and experiment.json, and read by each one's reader as a resumed run
/// or a report reads it. level.json and summary.json are documented to throw <see cref="InvalidDataException"/> naming
/// the file; a pool's result.json is reported as damage (the pool is built again) and experiment.json as a warning
/// (it is written again), neither throwing.
/// </summary>
public sealed class RecordsTarget : IFuzzTarget
{
    private const string RunName = "fuzz";

    private const string PoolMethod = "lottery-pools";

    public string Name => "records";

    public void Run(byte[] input, string folder)
    {
        var root = Path.Combine(folder, "runs");
        var runPath = Path.Combine(root, $"{RunName}-{RunFileJson.HashOfJson(Settings())}");
        var level = RunDirectory.Level(runPath, 0);
        var pool = Path.Combine(runPath, "pools", "level_0", PoolMethod, "result.json");
        foreach (var file in new[] { Path.Combine(runPath, "experiment.json"), level.RecordPath, Path.Combine(runPath, RunSummary.FileName), pool })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, input);
        }

        var run = RunDirectory.Open(root, RunName, Settings(), warning: _ => { });
        ReadingDocumented(level.RecordPath, () =>
        {
            var record = level.ReadRecord();
            _ = (record.Final, record.BestValidation);
            level.FindChangedInput(run.Path, new JsonObject());
        });
        ReadingDocumented(run.SummaryPath, () => RunSummary.Read(run.SummaryPath).Rows().ToList());
        new PoolDirectory(run, 0, PoolMethod).Read(PoolSettings(), new JsonObject(), out _);
    }

    public IEnumerable<Seed> Seeds(string repository)
    {
        var folder = Directory.CreateTempSubdirectory("lottery-fuzz-seeds-").FullName;
        try
        {
            var level = new LevelDirectory(folder, 0);
            level.Complete(
                new LevelResult(0, 1.0, [new EpochResult(0, 1, 2.1, 0.4, 1.9, 0.41, 1.8, TimeSpan.FromSeconds(3)),
                    new EpochResult(0, 2, 1.2, 0.6, 1.1, 0.62, 1.0, TimeSpan.FromSeconds(6))]),
                new JsonObject { ["level_0/rewind.safetensors"] = new string('a', 64) });
            yield return new Seed("level.json", File.ReadAllBytes(level.RecordPath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        var pool = new PoolLevelSummary(0, PoolMethod, "best", 1.0, 1, 0.6, 0.65, 0.62, 0.66, 0.3, 0.35,
            new Dictionary<string, double> { ["fog"] = 0.3 }, new Dictionary<string, double> { ["fog"] = 0.35 }, [2, 1], [new AcceptedCandidate(2, 0.3, 0.64)]);
        yield return new Seed("summary.json", Encoding.UTF8.GetBytes(new RunSummary("fuzz", "runs/fuzz", new ImpSummary([new LevelSummary(0, 1.0, 0.6, 0.62, 0.6, 0.62)]))
        {
            Pools = new PoolsSummary([pool]),
        }.ToJson()));
        // The shape PoolDirectory writes: the settings, the result and the files it was built from.
        var result = RunFileJson.ToObject(new { Settings = PoolSettings(), Result = pool, BuiltFrom = new JsonObject() });
        yield return new Seed("result.json", Encoding.UTF8.GetBytes(SealedJson.Seal(result)));
        yield return new Seed("experiment.json", Encoding.UTF8.GetBytes(SealedJson.Indented(Settings())));
    }

    private static void ReadingDocumented(string path, Action read)
    {
        try
        {
            read();
        }
        catch (InvalidDataException e) when (e.Message.Contains(path, StringComparison.Ordinal))
        {
        }
    }

    // Fresh each time: a JsonNode belongs to one parent, and readers may attach what they are given.
    private static JsonObject Settings() => new() { ["dataset"] = "fashion-mnist", ["model"] = new JsonObject { ["architecture"] = "lenet", ["width"] = 1 } };

    private static JsonObject PoolSettings() => new() { ["alphas"] = new JsonArray(0.1, 0.3), ["poolSize"] = 2 };
}
