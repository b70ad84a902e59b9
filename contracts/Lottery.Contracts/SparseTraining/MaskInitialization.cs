using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.SparseTraining;

/// <summary>
/// What the initial sparse mask is drawn from: the model (for the prunable tensors' shapes), the tensors the mask
/// covers, the density to reach over them together, and the random source to draw positions from. Added in
/// contracts 1.3.
/// </summary>
public sealed record MaskInitialization(
    nn.Module<Tensor, Tensor> Model,
    IReadOnlyList<string> PrunableTensors,
    double TargetDensity,
    Generator Random);
