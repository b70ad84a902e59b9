using Lottery.Contracts.Architectures;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// "eval model=M batch=B": one evaluation batch as the host's Evaluation scores it: eval mode, no gradients,
/// summed cross-entropy and the count of correct predictions, both read back.
/// </summary>
public sealed class EvalWorkload : ITimedWorkload
{
    private readonly ArchitectureModel model;
    private readonly Tensor inputs;
    private readonly Tensor labels;

    public EvalWorkload(Request request, Device device)
    {
        model = Networks.Build(request.Text("model"));
        model.Network.to(device);
        model.Network.eval();
        var batch = request.Integer("batch");
        inputs = randn(Networks.BatchShape(model, batch), device: device).DetachFromDisposeScope();
        labels = randint(0, model.Spec.Classes, [batch], device: device).DetachFromDisposeScope();
    }

    public long ItemsPerRun => inputs.shape[0];

    public void Run()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var logits = model.Network.call(inputs);
        _ = nn.functional.cross_entropy(logits, labels, reduction: Reduction.Sum).item<float>();
        _ = logits.argmax(1).eq(labels).sum().item<long>();
    }

    public void Dispose()
    {
        inputs.Dispose();
        labels.Dispose();
        model.Dispose();
    }
}
