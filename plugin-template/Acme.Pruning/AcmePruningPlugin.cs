using Lottery.Contracts.Plugins;

namespace Acme.Pruning;

/// <summary>The entry point the host looks for: registers this plugin's strategies by name.</summary>
public sealed class AcmePruningPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry.AddPruner<AcmePruningPruner, AcmePruningOptions>(
            "acme-pruning", "Keeps the largest weights across all prunable tensors, optionally mixed with chance");
}
