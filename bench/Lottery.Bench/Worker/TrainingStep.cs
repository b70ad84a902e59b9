using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using Lottery.Torch.Optim;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// A training step exactly as the host's LevelTrainer takes it (keep the two in step): inside the batch's dispose
/// scope, loss = cross_entropy(network(x), y), zero_grad, backward, SGD-momentum step, re-zero the pruned
/// weights, loss.item(). One fixed random batch, so the step is measured without data loading.
/// </summary>
public sealed class TrainingStep : IDisposable
{
    public const double LearningRate = 0.01, Momentum = 0.9, WeightDecay = 1e-4;

    private readonly nn.Module<Tensor, Tensor> network;
    private readonly Tensor inputs;
    private readonly Tensor labels;
    private readonly Optimizer optimizer;
    private readonly List<(Tensor weight, Tensor keep)> masked = [];

    public TrainingStep(ArchitectureModel model, Device device, long batch, Mask mask)
    {
        network = model.Network;
        network.train();
        inputs = randn(Networks.BatchShape(model, batch), device: device).DetachFromDisposeScope();
        labels = randint(0, model.Spec.Classes, [batch], device: device).DetachFromDisposeScope();
        optimizer = optim.SGD(network.parameters(), LearningRate, momentum: Momentum, weight_decay: WeightDecay);
        // Looked up once, as the host's MaskedWeights does.
        var parameters = network.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        foreach (var (name, keep) in mask.Tensors) masked.Add((parameters[name], keep));
    }

    public long Batch => inputs.shape[0];

    public float Run()
    {
        using var scope = NewDisposeScope();
        var loss = nn.functional.cross_entropy(network.call(inputs), labels);
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        using (no_grad())
        {
            foreach (var (weight, keep) in masked) weight.mul_(keep);
        }
        return loss.item<float>();
    }

    public void Dispose()
    {
        optimizer.Dispose();
        inputs.Dispose();
        labels.Dispose();
    }
}
