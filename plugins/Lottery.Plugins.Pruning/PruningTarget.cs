using System.Globalization;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// What every pruner of this plugin reads from its context the same way: the covered tensors (the current mask's,
/// less the ignored ones) and their weights, the target density checked, and how many weights it keeps exactly:
/// round(covered * density), at most those alive. Ignored tensors keep their current mask in the result.
/// Tensors it makes belong to the caller's dispose scope.
/// </summary>
public sealed class PruningTarget
{
    private readonly PruningContext context;

    private PruningTarget(PruningContext context, IReadOnlyList<string> covered, IReadOnlyDictionary<string, Tensor> weights, long total, long alive)
    {
        this.context = context;
        Covered = covered;
        Weights = weights;
        Total = total;
        Alive = alive;
    }

    /// <summary>The covered tensors' names, in the mask's order.</summary>
    public IReadOnlyList<string> Covered { get; }

    /// <summary>The model's parameters by name (the live tensors: changing them changes the model).</summary>
    public IReadOnlyDictionary<string, Tensor> Weights { get; }

    /// <summary>How many weights the covered tensors have, and how many of them the current mask keeps.</summary>
    public long Total { get; }

    public long Alive { get; }

    /// <summary>
    /// The covered weights to keep: the target density's share of the total, exactly. The host's IMP asks for
    /// (alive - ceil(p * alive)) / total, which this count turns back into open_lth's number of weights per level.
    /// </summary>
    public long KeepCount => Count(context.TargetDensity);

    /// <summary>Checks the density and that the mask fits the model; the first problem is an ArgumentException naming it.</summary>
    public static PruningTarget Of(PruningContext context)
    {
        var density = context.TargetDensity;
        if (!(density > 0 && density <= 1))
        {
            throw new ArgumentException(Invariant($"target density {density} is invalid: expected a fraction in (0, 1]"), nameof(context));
        }
        var weights = context.Model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        var covered = context.Current.Names.Where(name => !context.IgnoredTensors.Contains(name)).ToList();
        long total = 0, alive = 0;
        foreach (var name in covered)
        {
            if (!weights.TryGetValue(name, out var weight)) throw new ArgumentException($"the mask names '{name}', which the model does not have");
            var keep = context.Current[name];
            if (!weight.shape.SequenceEqual(keep.shape))
            {
                throw new ArgumentException($"mask '{name}' is [{string.Join(", ", keep.shape)}] but the weight is [{string.Join(", ", weight.shape)}]");
            }
            total += keep.numel();
            using var count = keep.count_nonzero();
            alive += count.item<long>();
        }
        if (total > 0 && density > (double)alive / total)
        {
            throw new ArgumentException(
                Invariant($"target density {density} is above the current density {(double)alive / total} ({alive} of {total} weights alive): pruned weights never come back"),
                nameof(context));
        }
        return new PruningTarget(context, covered, weights, total, alive);
    }

    /// <summary>The weights a density keeps: round(total * density), at most those alive (should rounding overshoot).</summary>
    public long Count(double density) => Math.Min(Alive, (long)Math.Round(Total * density));

    /// <summary>
    /// The keep tensors (shaped like the weights) of the keep live weights of largest score over all covered tensors
    /// together; ties go to the earliest. Live means kept by within, the current mask unless given.
    /// </summary>
    public Dictionary<string, Tensor> KeepGlobal(IReadOnlyDictionary<string, Tensor> scores, long keep, IReadOnlyDictionary<string, Tensor>? within = null)
    {
        if (Covered.Count == 0) return new Dictionary<string, Tensor>();
        var type = ComparableType(Covered.Select(name => scores[name]));
        var live = Covered.Select(name => Live(scores[name], (within ?? context.Current.Tensors)[name], type).view(Weights[name].shape)).ToList();
        return Covered.Zip(LargestScores.KeepAcross(live, keep)).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    /// <summary>The new mask: the given keep tensors for the covered names, the current mask for the ignored ones.</summary>
    public Mask ToMask(IReadOnlyDictionary<string, Tensor> kept) =>
        new(context.Current.Names.Select(name => KeyValuePair.Create(name, kept.TryGetValue(name, out var keep) ? keep : context.Current[name].clone())).ToList());

    /// <summary>
    /// Scores flattened as one floating type, with pruned weights at -inf so that no live weight ranks below them.
    /// The type is float64 when any score is (SynFlow's large products keep their order), float32 otherwise
    /// (exact for float32 and narrower, and half the memory traffic of float64 over millions of weights).
    /// </summary>
    public static Tensor Live(Tensor score, Tensor keep, ScalarType type) =>
        score.to(type).masked_fill_(keep.to(score.device).logical_not(), double.NegativeInfinity).flatten();

    /// <summary>The one floating type in which all these scores compare exactly: float64 if any is, else float32.</summary>
    public static ScalarType ComparableType(IEnumerable<Tensor> scores) =>
        scores.Any(score => score.dtype == ScalarType.Float64) ? ScalarType.Float64 : ScalarType.Float32;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
