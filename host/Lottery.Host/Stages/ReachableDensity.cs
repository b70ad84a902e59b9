using System.Globalization;
using Lottery.Contracts.Architectures;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using static Lottery.Torch.torch;
using Lottery.Host.Training;
using Lottery.Host.Runs;

namespace Lottery.Host.Stages;

/// <summary>
/// The deepest level must keep at least one weight: the covered weights less each level's <see cref="ImpPruneCount"/>
/// (the rule the levels prune by) must leave one or more. A plan that goes further would train its last levels with
/// nothing left of the network, so it is refused before any training, naming how many levels the fraction allows.
/// </summary>
public static class ReachableDensity
{
    public static void Check(ExperimentOptions experiment, ArchitectureModel model, IReadOnlySet<string> ignored)
    {
        if (experiment.Levels == 0) return;
        using var scope = NewDisposeScope();
        var sizes = model.Network.named_parameters().ToDictionary(p => p.name, p => p.parameter.numel());
        var covered = model.PrunableTensors.Where(name => !ignored.Contains(name)).Sum(name => sizes[name]);
        var fraction = experiment.PruneFraction;
        if (covered == 0 || ImpPruneCount.RemainingAfter(covered, fraction, experiment.Levels) >= 1) return;
        var deepest = Enumerable.Range(0, experiment.Levels).Last(levels => ImpPruneCount.RemainingAfter(covered, fraction, levels) >= 1);
        throw new ConfigurationError(string.Create(CultureInfo.InvariantCulture,
            $"Lottery:Experiment:Levels = {experiment.Levels} with PruneFraction = {fraction} prunes to density {Math.Pow(1 - fraction, experiment.Levels):G3}, " +
            $"which keeps none of the {covered} weights pruned in {model.Spec.Strategy}-{model.Spec.Variant}: expected at most {deepest} levels at this fraction, or a smaller PruneFraction"));
    }
}
