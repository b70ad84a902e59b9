using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.Pools;

/// <summary>
/// The one interpolation of whole networks that every pool strategy uses: each tensor of the state (weights,
/// biases, BatchNorm affine parameters and running statistics) becomes alpha * candidate + (1 - alpha) * current.
/// Integer tensors (BatchNorm's num_batches_tracked) are counters, not weights: they get the mix rounded, so they
/// stay integers; BatchNorm recalibration resets them anyway.
/// </summary>
public static class Interpolation
{
    /// <summary>A new state dict (the caller owns it); current and candidate are left as they were.</summary>
    public static StateDict Mix(StateDict current, StateDict candidate, double alpha)
    {
        if (!(alpha >= 0 && alpha <= 1)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "expected a mixing weight in [0, 1]");
        var missing = current.Names.Except(candidate.Names).Concat(candidate.Names.Except(current.Names)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"the state dicts differ in {string.Join(", ", missing.Select(n => $"'{n}'"))}: only networks of one architecture mix");
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var mixed = new StateDict();
        foreach (var (name, tensor) in current.Tensors)
        {
            var other = candidate[name];
            if (!tensor.shape.SequenceEqual(other.shape))
            {
                throw new ArgumentException($"'{name}' is [{string.Join(", ", tensor.shape)}] in one state dict and [{string.Join(", ", other.shape)}] in the other");
            }
            mixed.Set(name, tensor.dtype.IsFloatingPoint()
                ? tensor.clone().lerp_(other.to(tensor.device, tensor.dtype), alpha)
                : tensor.to(float64).lerp_(other.to(tensor.device, float64), alpha).round_().to(tensor.dtype));
        }
        return mixed;
    }
}
