using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>
/// Holds a mask fixed on a network: the (weight, keep) pairs are looked up once, and Apply zeroes the
/// pruned weights after every optimizer step, so they stay exactly 0 through training.
/// </summary>
public sealed class MaskedWeights
{
    private readonly List<(Tensor weight, Tensor keep)> pairs = new();

    public MaskedWeights(nn.Module network, Mask mask)
    {
        var parameters = network.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        foreach (var (name, keep) in mask.Tensors)
        {
            if (!parameters.TryGetValue(name, out var weight)) throw new KeyNotFoundException($"the mask names '{name}', which the network does not have");
            pairs.Add((weight, keep));
        }
    }

    public void Apply()
    {
        using var noGrad = no_grad();
        foreach (var (weight, keep) in pairs) weight.mul_(keep);
    }
}
