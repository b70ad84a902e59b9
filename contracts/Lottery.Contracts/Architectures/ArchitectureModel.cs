using static Lottery.Torch.torch;

namespace Lottery.Contracts.Architectures;

/// <summary>
/// A built network and what the pipeline needs to know about it: the names of its prunable tensors
/// (conv and linear weights), the tensors of its output layer (often kept dense), and its stages.
/// </summary>
public sealed record ArchitectureModel(
    ArchitectureSpec Spec,
    nn.Module<Tensor, Tensor> Network,
    IReadOnlyList<string> PrunableTensors,
    IReadOnlyList<string> OutputLayerTensors,
    IReadOnlyList<NetworkStage> Stages) : IDisposable
{
    public void Dispose() => Network.Dispose();
}
