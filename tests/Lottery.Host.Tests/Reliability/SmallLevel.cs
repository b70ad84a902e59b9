using Lottery.Contracts.Data;
using Lottery.Host.Options;
using Lottery.Host.Training;

namespace Lottery.Host.Tests.Reliability;

/// <summary>
/// A level small enough to train in a test many times over: 256 random examples of 8 features and 3 classes in batches
/// of 32 (8 steps an epoch, 3 epochs), SGD with momentum, and a temporary folder for its checkpoints.
/// </summary>
internal sealed class SmallLevel : IDisposable
{
    public static readonly TrainingOptions Training = new() { BatchSize = 32, LearningRate = 0.1, Momentum = 0.9, Seed = 7 };

    public static readonly LevelPlan Plan = new(0, 0, 24, 8, null);

    public SmallLevel(string folderPrefix)
    {
        Folder = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        manual_seed(1);
        var train = new ListBatchSource(randn(256, 8), randint(0, 3, [256]));
        var held = new ListBatchSource(randn(64, 8), randint(0, 3, [64]));
        Data = new DatasetSplits([8], 3, train, held, held, new Dictionary<string, IBatchSource>());
    }

    public string Folder { get; }

    public DatasetSplits Data { get; }

    public void Dispose()
    {
        Data.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
