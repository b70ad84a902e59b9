using Lottery.Contracts.SparseTraining;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using Lottery.Torch.Optim;
using static Lottery.Torch.torch;

namespace Lottery.Host.Training;

/// <summary>
/// Dynamic sparse training's side of a level: the current mask, the updater that changes it and the random source the
/// updater draws from. After every step the schedule names, the updater receives the batch's dense gradients (the
/// trainer masks weights, never gradients, so pruned positions have theirs); the host then checks that every tensor
/// kept its count, zeroes the dropped weights, sets the grown ones to exactly 0 and resets the optimizer's state at
/// them (RigL's reset_momentum). Owns the mask and the random source.
/// </summary>
public sealed class MaskUpdating(IMaskUpdater updater, string updaterName, Mask initial, ulong seed, Action<MaskUpdateReport>? onUpdate = null) : IDisposable
{
    public Mask Current { get; private set; } = initial;

    /// <summary>
    /// Dynamic sparse training from its start: the updater draws the initial mask at the target density over the named
    /// tensors from a random source seeded with seed, and goes on drawing from it.
    /// </summary>
    public static MaskUpdating Start(IMaskUpdater updater, string updaterName, nn.Module<Tensor, Tensor> network, IReadOnlyList<string> tensors, double density, ulong seed, Action<MaskUpdateReport>? onUpdate = null)
    {
        using var random = new Generator(seed);
        var initial = updater.Initialize(new MaskInitialization(network, tensors, density, random));
        var updating = new MaskUpdating(updater, updaterName, initial, seed, onUpdate);
        updating.Random.set_state(random.get_state());
        return updating;
    }

    /// <summary>The updater's random source; its state is part of the level's checkpoint.</summary>
    public Generator Random { get; } = new(seed);

    public MaskedWeights Hold(nn.Module network) => new(network, Current);

    /// <summary>Replaces the mask (a resumed level's, from its checkpoint); takes ownership.</summary>
    public void Restore(Mask mask)
    {
        Current.Dispose();
        Current = mask;
    }

    /// <summary>Runs the update when the schedule names this step (the count of steps taken); the held mask when it changed, else null.</summary>
    public MaskedWeights? AfterStep(nn.Module<Tensor, Tensor> network, Optimizer optimizer, long step, long totalSteps)
    {
        if (!updater.Schedule.UpdatesAt(step, totalSteps)) return null;
        var parameters = network.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        using var scope = NewDisposeScope();
        var gradients = Current.Tensors.Keys.ToDictionary(name => name, name => parameters[name].grad
            ?? throw new InvalidOperationException($"mask updater '{updaterName}' at step {step}: '{name}' has no gradient"));
        var update = updater.Update(new MaskUpdateContext(network, Current, gradients, step, totalSteps, Random));
        var moved = new Dictionary<string, long>();
        using (no_grad())
        {
            foreach (var (name, old) in Current.Tensors)
            {
                var next = update.Mask.Tensors.TryGetValue(name, out var tensor) ? tensor
                    : throw new InvalidOperationException($"mask updater '{updaterName}' at step {step} returned no mask for '{name}'");
                var (before, after) = (old.count_nonzero().item<long>(), next.count_nonzero().item<long>());
                if (before != after || !next.shape.SequenceEqual(old.shape))
                {
                    throw new InvalidOperationException($"mask updater '{updaterName}' at step {step} changed '{name}' from {before} live weights to {after} (shape [{string.Join(", ", next.shape)}]): expected the same count and shape");
                }
                var grown = next.logical_and(old.logical_not());
                parameters[name].masked_fill_(grown, 0);
                optimizer.reset_state_at(parameters[name], grown);
                moved[name] = grown.count_nonzero().item<long>();
            }
        }
        Current.Dispose();
        Current = update.Mask;
        onUpdate?.Invoke(new MaskUpdateReport(step, update.DropFraction, moved));
        var held = Hold(network);
        held.Apply();
        return held;
    }

    public void Dispose()
    {
        Current.Dispose();
        Random.Dispose();
    }
}
