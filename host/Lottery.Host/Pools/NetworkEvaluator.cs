using Lottery.Contracts.Data;
using Lottery.Contracts.Pools;
using Lottery.Contracts.Tickets;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using static Lottery.Torch.torch;

namespace Lottery.Host.Pools;

/// <summary>
/// Accuracy of weights loaded into the run's network, in eval mode, on validation, test and each
/// out-of-distribution set. An output ensemble averages its members' logits over the split, so one network
/// is simply an ensemble of one. Each validation score is a candidate the pool search judged, which
/// onValidationScored reports (the pool progress metric).
/// </summary>
public sealed class NetworkEvaluator(nn.Module<Tensor, Tensor> network, DatasetSplits data, int batchSize, Action? onValidationScored = null) : IEvaluator
{
    public double Accuracy(StateDict weights, EvaluationSplit split) => EnsembleAccuracy([weights], split);

    public double EnsembleAccuracy(IReadOnlyList<StateDict> members, EvaluationSplit split)
    {
        if (split == EvaluationSplit.Validation) onValidationScored?.Invoke();
        return ScoreOn(members, split);
    }

    private double ScoreOn(IReadOnlyList<StateDict> members, EvaluationSplit split) => Accuracy(members, split switch
    {
        EvaluationSplit.Validation => data.Validation,
        EvaluationSplit.Test => data.Test,
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "expected Validation or Test"),
    });

    /// <summary>Accuracy on each out-of-distribution set, by its name (e.g. "gaussian_noise/3"); empty where the dataset has none.</summary>
    public IReadOnlyDictionary<string, double> OutOfDistribution(IReadOnlyList<StateDict> members) =>
        data.OutOfDistribution.ToDictionary(pair => pair.Key, pair => Accuracy(members, pair.Value));

    private double Accuracy(IReadOnlyList<StateDict> members, IBatchSource split)
    {
        if (members.Count == 0) throw new ArgumentException("an ensemble needs at least one member", nameof(members));
        if (split.Count == 0) return 0;
        var wasTraining = network.training;
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        Tensor? logitSum = null, labels = null;
        network.eval();
        foreach (var member in members)
        {
            member.LoadInto(network);
            var (logits, memberLabels) = Logits(split);
            logitSum = logitSum is null ? logits : logitSum.add_(logits);
            labels ??= memberLabels;
        }
        network.train(wasTraining);
        return (double)logitSum!.argmax(1).eq(labels!).sum().item<long>() / split.Count;
    }

    // The split's logits and labels whole: small (examples x classes), and summing them across members needs
    // no assumption about how the split batches.
    private (Tensor logits, Tensor labels) Logits(IBatchSource split)
    {
        var logits = new List<Tensor>();
        var labels = new List<Tensor>();
        foreach (var item in split.Batches(batchSize).Scoped())
        {
            using (item)
            {
                logits.Add(network.call(item.Batch.Inputs).to(float32).MoveToOuterDisposeScope());
                labels.Add(item.Batch.Labels.clone().MoveToOuterDisposeScope());
            }
        }
        return (cat(logits), cat(labels));
    }
}
