using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>A mask over a network's prunable weights keeping each weight with probability density (1: all).</summary>
public static class RandomMask
{
    public static Mask Of(ArchitectureModel model, double density)
    {
        using var scope = NewDisposeScope();
        var parameters = model.Network.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        return new Mask(model.PrunableTensors.Select(name => KeyValuePair.Create(name, Keep(parameters[name], density))));
    }

    private static Tensor Keep(Tensor weight, double density) =>
        density >= 1 ? ones(weight.shape, ScalarType.Bool, weight.device) : rand_like(weight).lt(density);
}
