using static Lottery.Torch.torch;

namespace Lottery.Contracts.Data;

/// <summary>Inputs (N, C, H, W) and int64 class labels (N). The tensors belong to the current dispose scope.</summary>
public sealed record Batch(Tensor Inputs, Tensor Labels);
