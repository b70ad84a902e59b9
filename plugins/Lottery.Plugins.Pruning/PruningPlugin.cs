using Lottery.Contracts.Plugins;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// Registers the pruning strategies: <c>magnitude</c> (IMP's), and the baselines that prune in one go from the weights
/// a model holds (its initial or rewind weights): <c>random</c>, <c>random-global</c>, <c>oneshot-magnitude</c>,
/// <c>snip</c>, <c>grasp</c> and <c>synflow</c>.
/// </summary>
public sealed class PruningPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry
            .AddPruner<MagnitudePruner, MagnitudePrunerOptions>(
                MagnitudePruner.Name, "keeps the largest-magnitude weights still alive, globally or the same fraction per tensor")
            .AddPruner<RandomPruner, NoPrunerOptions>(
                RandomPruner.Name, "shuffles the current mask within each tensor: the layerwise densities stay, the pattern is random")
            .AddPruner<RandomGlobalPruner, NoPrunerOptions>(
                RandomGlobalPruner.Name, "keeps weights drawn uniformly at random over all prunable tensors together")
            .AddPruner<OneShotMagnitudePruner, NoPrunerOptions>(
                OneShotMagnitudePruner.Name, "global magnitude pruning in one shot, at the initial or rewind weights")
            .AddPruner<SnipPruner, GradientScoreOptions>(
                SnipPruner.Name, "SNIP: keeps the largest connection sensitivities |g * w| (by default in eval mode, on 10 training examples per class)")
            .AddPruner<GraspPruner, GraspOptions>(
                GraspPruner.Name, "GraSP: keeps the weights whose removal would most reduce gradient flow, the largest w * Hg (by default in eval mode, on 10 training examples per class)")
            .AddPruner<SynFlowPruner, SynFlowOptions>(
                SynFlowPruner.Name, "SynFlow: iterative, data-free; keeps the largest synaptic-flow scores |w * dR/dw| of the linearised network");
}
