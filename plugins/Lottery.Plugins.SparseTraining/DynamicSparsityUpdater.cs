using Lottery.Contracts.SparseTraining;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.SparseTraining;

/// <summary>
/// What SET and RigL share: a random initial mask at the per-tensor densities of the distribution, and the update
/// that drops the smallest magnitudes of each tensor and grows as many where the method's grow score is largest. A
/// method gives only its grow score.
/// </summary>
public abstract class DynamicSparsityUpdater(DynamicSparsityOptions options) : IMaskUpdater
{
    public MaskUpdateSchedule Schedule { get; } = new(options.UpdateInterval, options.EndFraction);

    public Mask Initialize(MaskInitialization context)
    {
        using var scope = NewDisposeScope();
        var parameters = context.Model.named_parameters().ToList();
        var weights = parameters.ToDictionary(p => p.name, p => (Tensor)p.parameter);
        var shapes = context.PrunableTensors.Select(name => weights[name].shape).ToList();
        var dense = options.DenseFirstLayer ? new HashSet<int> { FirstLayer(context.PrunableTensors, parameters.Select(p => p.name)) } : [];
        var counts = LayerDensities.KeptCounts(shapes, LayerDensities.Of(options.Distribution, shapes, context.TargetDensity, dense), context.TargetDensity, dense);
        // Each tensor keeps its count at positions drawn uniformly: the largest of as many uniform scores.
        return new Mask(context.PrunableTensors.Select((name, i) =>
        {
            var weight = weights[name];
            var scores = rand([weight.numel()], ScalarType.Float32, generator: context.Random);
            var kept = LargestScores.Keep(scores, counts[i]);
            return KeyValuePair.Create(name, kept.view(weight.shape).to(weight.device).MoveToOuterDisposeScope());
        }).ToList());
    }

    /// <summary>
    /// The index, among the mask's tensors, of the one the model registers first (its input layer): the mask's own order
    /// is whatever its file or the caller gave.
    /// </summary>
    private static int FirstLayer(IReadOnlyList<string> tensors, IEnumerable<string> parameterOrder)
    {
        var first = parameterOrder.First(tensors.Contains);
        return tensors.ToList().IndexOf(first);
    }

    public MaskUpdate Update(MaskUpdateContext context)
    {
        var dropFraction = DropFractionSchedule.At(options.Anneal, options.DropFraction, context.Step, Schedule.EndStep(context.TotalSteps));
        using var scope = NewDisposeScope();
        var weights = context.Model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        var rewired = context.Current.Tensors.Select(entry =>
        {
            var weight = weights[entry.Key];
            var (keep, _) = MaskRewiring.Rewire(weight, entry.Value, GrowScores(entry.Key, weight, context), dropFraction);
            return KeyValuePair.Create(entry.Key, keep.MoveToOuterDisposeScope());
        }).ToList();
        return new MaskUpdate(new Mask(rewired), dropFraction);
    }

    /// <summary>Where to grow: larger is grown first (only positions not kept after the drop are candidates).</summary>
    protected abstract Tensor GrowScores(string name, Tensor weight, MaskUpdateContext context);
}
