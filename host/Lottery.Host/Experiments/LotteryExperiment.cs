using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using static Lottery.Torch.torch;

namespace Lottery.Host.Experiments;

/// <summary>
/// The configured experiment: train the dense network (level 0), then for each level prune a fraction of
/// the surviving weights with the configured pruner, reset the survivors to their initial values and
/// train again with the mask held fixed. Every strategy is resolved and its options validated before any
/// work starts.
/// </summary>
public sealed class LotteryExperiment(LotteryOptions options, StrategyFactory strategies)
{
    public IReadOnlyList<LevelResult> Run(Action<EpochResult>? onEpoch = null, Action<int, double>? onLevelStart = null)
    {
        var experiment = options.Experiment;
        var dataset = strategies.Create<IDataset>(experiment.Dataset, "Lottery:Experiment:Dataset");
        var architecture = strategies.Create<IArchitecture>(experiment.Architecture, "Lottery:Experiment:Architecture");
        var pruner = experiment.Levels > 0 ? strategies.Create<IPruner>(experiment.Pruner, "Lottery:Experiment:Pruner") : null;
        var device = DeviceSelection.Resolve(options.Device);
        if (options.Threads > 0) set_num_threads(options.Threads);
        var seed = (ulong)options.Training.Seed;
        manual_seed(seed);

        using var data = dataset.Load(new Contracts.Data.DatasetRequest(device, seed));
        using var model = architecture.Create(new ArchitectureSpec(experiment.Architecture, experiment.Variant, data.InputShape, data.Classes));
        model.Network.to(device);
        var ignored = IgnoredTensors(model);
        using var initial = StateDict.FromModule(model.Network);
        var mask = Mask.KeepAll(initial, model.PrunableTensors.Where(name => !ignored.Contains(name)));
        try
        {
            var trainer = new Trainer(options.Training);
            var results = new List<LevelResult>();
            for (var level = 0; level <= experiment.Levels; level++)
            {
                if (level > 0)
                {
                    var target = Math.Pow(1 - experiment.PruneFraction, level);
                    var pruned = pruner!.Prune(new PruningContext(model.Network, mask, target, model.PrunableTensors, ignored, data.Train, device, seed));
                    CheckDensity(pruned, target, experiment.Pruner);
                    mask.Dispose();
                    mask = pruned;
                    initial.LoadInto(model.Network);
                }
                var density = mask.Density;
                onLevelStart?.Invoke(level, density);
                var epochs = trainer.Train(model, data, level == 0 ? null : new MaskedWeights(model.Network, mask), level, onEpoch);
                results.Add(new LevelResult(level, density, epochs));
            }
            return results;
        }
        finally
        {
            mask.Dispose();
        }
    }

    private HashSet<string> IgnoredTensors(ArchitectureModel model)
    {
        var unknown = options.Experiment.IgnoredTensors.Where(name => !model.PrunableTensors.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ConfigurationError(
                $"Lottery:Experiment:IgnoredTensors names {string.Join(", ", unknown.Select(n => $"'{n}'"))}, which {model.Spec} does not have among its prunable tensors: {string.Join(", ", model.PrunableTensors)}");
        }
        var ignored = options.Experiment.IgnoredTensors.ToHashSet();
        if (options.Experiment.KeepOutputLayerDense) ignored.UnionWith(model.OutputLayerTensors);
        return ignored;
    }

    // Layerwise rounding moves the density a little; anything further is a pruner that missed its target.
    private static void CheckDensity(Mask mask, double target, string pruner)
    {
        var density = mask.Density;
        if (Math.Abs(density - target) > 0.005 + 1e-3 * target)
        {
            throw new InvalidOperationException($"pruner '{pruner}' returned a mask of density {density:F4}, but the level's target is {target:F4}");
        }
    }
}
