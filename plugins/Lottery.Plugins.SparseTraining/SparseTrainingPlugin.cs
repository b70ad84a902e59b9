using Lottery.Contracts.Plugins;

namespace Lottery.Plugins.SparseTraining;

/// <summary>Registers the mask updaters <c>set</c> and <c>rigl</c>.</summary>
public sealed class SparseTrainingPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry
            .AddMaskUpdater<SetUpdater, SetOptions>(
                SetUpdater.Name, "SET: drop the smallest magnitudes of each tensor, regrow as many at random among the pruned positions")
            .AddMaskUpdater<RigLUpdater, RigLOptions>(
                RigLUpdater.Name, "RigL: drop the smallest magnitudes of each tensor, grow as many where the dense gradient is largest; cosine drop fraction");
}
