using Lottery.Contracts.SparseTraining;
using Lottery.Contracts.Tickets;

namespace Lottery.Host.Tests.SparseTraining;

/// <summary>
/// Mask updaters written for the host's tests: each records the steps it ran at, and moves weights in a way a test
/// can predict (or, for resumption, draws from the random source the host checkpoints).
/// </summary>
internal abstract class ScriptedUpdater(MaskUpdateSchedule schedule) : IMaskUpdater
{
    public List<long> Steps { get; } = new();

    public MaskUpdateSchedule Schedule { get; } = schedule;

    public Mask Initialize(MaskInitialization context) => throw new NotSupportedException("the tests give the initial mask");

    public MaskUpdate Update(MaskUpdateContext context)
    {
        Steps.Add(context.Step);
        using var scope = NewDisposeScope();
        return new MaskUpdate(new Mask(context.Current.Tensors.Select(entry => KeyValuePair.Create(entry.Key, Move(entry.Value, context))).ToList()), 0.5);
    }

    protected abstract Tensor Move(Tensor keep, MaskUpdateContext context);

    protected static void Set(Tensor flat, long position, bool live) =>
        flat.index_put_(tensor(new[] { position }), live ? ones([], ScalarType.Bool) : zeros([], ScalarType.Bool));
}

/// <summary>Changes nothing.</summary>
internal sealed class KeepingUpdater(MaskUpdateSchedule schedule) : ScriptedUpdater(schedule)
{
    protected override Tensor Move(Tensor keep, MaskUpdateContext context) => keep.clone();
}

/// <summary>Drops the first live position and grows the first pruned one.</summary>
internal sealed class FirstPositionsUpdater(MaskUpdateSchedule schedule) : ScriptedUpdater(schedule)
{
    protected override Tensor Move(Tensor keep, MaskUpdateContext context)
    {
        var flat = keep.flatten().clone();
        var (live, pruned) = (flat.nonzero().flatten()[0].item<long>(), flat.logical_not().nonzero().flatten()[0].item<long>());
        Set(flat, live, false);
        Set(flat, pruned, true);
        return flat.view(keep.shape);
    }
}

/// <summary>Swaps a live position for a pruned one, both drawn from the update's random source.</summary>
internal sealed class RandomSwapUpdater(MaskUpdateSchedule schedule) : ScriptedUpdater(schedule)
{
    protected override Tensor Move(Tensor keep, MaskUpdateContext context)
    {
        var flat = keep.flatten().clone();
        var live = flat.nonzero().flatten();
        var pruned = flat.logical_not().nonzero().flatten();
        using var draw = randint(0, long.MaxValue, [2], generator: context.Random);
        var (a, b) = (draw[0].item<long>(), draw[1].item<long>());
        Set(flat, live[a % live.numel()].item<long>(), false);
        Set(flat, pruned[b % pruned.numel()].item<long>(), true);
        return flat.view(keep.shape);
    }
}

/// <summary>Keeps every weight: more live weights than before, which the host refuses.</summary>
internal sealed class DensifyingUpdater(MaskUpdateSchedule schedule) : ScriptedUpdater(schedule)
{
    protected override Tensor Move(Tensor keep, MaskUpdateContext context) => ones_like(keep);
}
