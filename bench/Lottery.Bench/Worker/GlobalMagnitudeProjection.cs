using Lottery.Contracts.Architectures;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Plugins.Pruning;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// The pruning plugin's global <see cref="MagnitudePruner"/> over a network's prunable weights, the output layer
/// left dense, from a fixed current mask: what an IMP level's pruning and a Lottery Pools projection run.
/// </summary>
public sealed class GlobalMagnitudeProjection(ArchitectureModel model, Device device)
{
    private readonly MagnitudePruner pruner = new(new MagnitudePrunerOptions { Scope = "global" });

    public Mask Prune(Mask current, double density) =>
        pruner.Prune(new PruningContext(model.Network, current, density, model.PrunableTensors,
            model.OutputLayerTensors.ToHashSet(), TrainingData: null, device, Seed: 0));
}
