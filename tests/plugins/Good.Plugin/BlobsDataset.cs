using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

namespace Lottery.TestPlugins.Good;

/// <summary>A dataset small enough to train on in a test: Gaussian 1x4x4 inputs, class 1 where their sum is positive.</summary>
public sealed class BlobsDataset(BlobsOptions options) : IDataset
{
    private static readonly long[] InputShape = [1, 4, 4];

    public DatasetSplits Load(DatasetRequest request)
    {
        using var generator = new Generator(request.Seed);
        var train = Split(options.TrainExamples, generator, request);
        var validation = Split(options.EvaluationExamples, generator, request);
        var test = Split(options.EvaluationExamples, generator, request);
        return new DatasetSplits(InputShape, 2, train, validation, test, new Dictionary<string, IBatchSource>());
    }

    private static TensorBatches Split(int count, Generator generator, DatasetRequest request)
    {
        using var scope = NewDisposeScope();
        var inputs = randn([count, .. InputShape], generator: generator);
        var labels = inputs.flatten(1).sum(1).gt(0).to(int64);
        return new TensorBatches(inputs.to(request.Device), labels.to(request.Device));
    }
}
