namespace Lottery.Torch;

/// <summary>How a loss reduces over the batch; the values are libtorch's at::Reduction codes.</summary>
public enum Reduction
{
    None = 0,
    Mean = 1,
    Sum = 2,
}
