using Lottery.Host.Data;
using Lottery.Torch;
using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Host.Demo;

/// <summary>Settings of the demo run: LeNet-300-100 on Fashion-MNIST with SGD, as open_lth's MNIST LeNet defaults.</summary>
public sealed record DemoSettings(
    int Epochs = 2,
    int BatchSize = 128,
    double LearningRate = 0.1,
    ulong Seed = 0,
    int Threads = 0,
    string DataDirectory = FashionMnist.DefaultDirectory);

/// <summary>Accuracy and loss on the test split after one epoch of training.</summary>
public sealed record EpochResult(int Epoch, double TrainLoss, double TestAccuracy, double TestLoss, TimeSpan Elapsed);

/// <summary>
/// The demo experiment until the IMP pipeline lands: train a dense LeNet-300-100 on the real
/// Fashion-MNIST and evaluate on the test split after every epoch.
/// </summary>
public static class DemoTraining
{
    public static IReadOnlyList<EpochResult> Run(DemoSettings settings, Action<EpochResult>? onEpoch = null)
    {
        if (settings.Epochs <= 0) throw new ArgumentOutOfRangeException(nameof(settings), settings.Epochs, "Epochs must be positive");
        if (settings.BatchSize <= 0) throw new ArgumentOutOfRangeException(nameof(settings), settings.BatchSize, "BatchSize must be positive");
        if (settings.Threads > 0) set_num_threads(settings.Threads);
        manual_seed(settings.Seed);
        using var train = FashionMnist.LoadTrain(settings.DataDirectory);
        using var test = FashionMnist.LoadTest(settings.DataDirectory);
        using var model = new LeNet(28 * 28, 10, 300, 100);
        using var order = new Generator(settings.Seed);
        using var optimizer = optim.SGD(model.parameters(), settings.LearningRate);
        var results = new List<EpochResult>();
        for (var epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            var started = DateTime.UtcNow;
            var trainLoss = TrainEpoch(model, optimizer, train, settings.BatchSize, order);
            var (accuracy, testLoss) = Evaluate(model, test, settings.BatchSize * 8);
            var result = new EpochResult(epoch, trainLoss, accuracy, testLoss, DateTime.UtcNow - started);
            results.Add(result);
            onEpoch?.Invoke(result);
        }
        return results;
    }

    private static double TrainEpoch(LeNet model, Lottery.Torch.Optim.Optimizer optimizer, LabelledImages train, int batchSize, Generator order)
    {
        model.train();
        double lossSum = 0;
        long batches = 0;
        using var permutation = randperm(train.Count, generator: order);
        for (long start = 0; start < train.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var length = Math.Min(batchSize, train.Count - start);
            var index = permutation.narrow(0, start, length);
            var loss = functional.cross_entropy(model.call(train.Images.index_select(0, index)), train.Labels.index_select(0, index));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<float>();
            batches++;
        }
        return lossSum / batches;
    }

    internal static (double accuracy, double loss) Evaluate(Module<Tensor, Tensor> model, LabelledImages data, int batchSize)
    {
        model.eval();
        using var noGrad = no_grad();
        long correct = 0;
        double lossSum = 0;
        for (long start = 0; start < data.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var length = Math.Min(batchSize, data.Count - start);
            var logits = model.call(data.Images.narrow(0, start, length));
            var labels = data.Labels.narrow(0, start, length);
            lossSum += functional.cross_entropy(logits, labels, reduction: Reduction.Sum).item<float>();
            correct += logits.argmax(1).eq(labels).sum().item<long>();
        }
        return ((double)correct / data.Count, lossSum / data.Count);
    }
}
