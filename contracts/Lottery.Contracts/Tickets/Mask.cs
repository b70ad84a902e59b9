using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Contracts.Tickets;

/// <summary>
/// Which weights of the prunable tensors are kept: one bool tensor per prunable tensor name, shaped like
/// the weight. Tensors not in the mask (biases, BatchNorm, ignored layers) are never pruned. Owns its
/// tensors.
/// </summary>
public sealed class Mask : NamedTensors
{
    /// <summary>Takes ownership of the given bool tensors.</summary>
    public Mask(IEnumerable<KeyValuePair<string, Tensor>> entries)
    {
        foreach (var (name, tensor) in entries)
        {
            if (tensor.dtype != ScalarType.Bool) throw new ArgumentException($"mask tensor '{name}' must be bool, got {tensor.dtype}");
            Store(name, tensor);
        }
    }

    private protected override string Kind => "mask";

    /// <summary>A mask that keeps every weight of the named tensors of weights.</summary>
    public static Mask KeepAll(StateDict weights, IEnumerable<string> prunable)
    {
        using var scope = NewDisposeScope();
        return new Mask(prunable.Select(name => KeyValuePair.Create(name, ones(weights[name].shape, ScalarType.Bool, weights[name].device))));
    }

    /// <summary>How many weights the mask covers, and how many of them it keeps.</summary>
    public (long kept, long total) Count()
    {
        long kept = 0, total = 0;
        foreach (var tensor in Tensors.Values)
        {
            using var nonzero = tensor.count_nonzero();
            kept += nonzero.item<long>();
            total += tensor.numel();
        }
        return (kept, total);
    }

    /// <summary>The fraction of covered weights kept (1 for a mask over nothing).</summary>
    public double Density
    {
        get
        {
            var (kept, total) = Count();
            return total == 0 ? 1 : (double)kept / total;
        }
    }

    /// <summary>Zeroes the pruned weights of a module in place (no gradient recorded).</summary>
    public void ApplyTo(nn.Module module)
    {
        var parameters = module.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        using var noGrad = no_grad();
        foreach (var (name, tensor) in Tensors)
        {
            if (!parameters.TryGetValue(name, out var weight)) throw new KeyNotFoundException($"mask names '{name}', which the model does not have");
            weight.mul_(tensor);
        }
    }

    public Mask Clone()
    {
        using var scope = NewDisposeScope();
        return new Mask(Clones());
    }
}
