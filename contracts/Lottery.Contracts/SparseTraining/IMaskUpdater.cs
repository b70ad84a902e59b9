using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.SparseTraining;

/// <summary>
/// Dynamic sparse training (SET, RigL): a mask that changes during training at a fixed density, from scratch. The
/// host asks for the initial mask once, then calls <see cref="Update"/> after the optimizer step of every step the
/// <see cref="Schedule"/> names. After each update the host zeroes the dropped weights, sets the grown ones (live in
/// the new mask, pruned in the old) to exactly 0 and resets the optimizer's state (momentum) at them, and checks that
/// every tensor keeps its count of live weights. Added in contracts 1.3.
/// </summary>
public interface IMaskUpdater
{
    /// <summary>At which steps the mask changes.</summary>
    MaskUpdateSchedule Schedule { get; }

    /// <summary>The mask training starts from, at the target density over the prunable tensors. The caller owns it.</summary>
    Mask Initialize(MaskInitialization context);

    /// <summary>The new mask, with as many live weights in every tensor as the current one. The caller owns it.</summary>
    MaskUpdate Update(MaskUpdateContext context);
}
