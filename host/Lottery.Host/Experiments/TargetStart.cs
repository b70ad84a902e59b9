using System.Text.Json;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Host.Runs;
using static Lottery.Torch.torch;

namespace Lottery.Host.Experiments;

/// <summary>Where a method on a transfer's target starts training: its weights at the rewind point and its mask. Owns both.</summary>
public sealed record TargetStart(StateDict Weights, Mask Mask) : IDisposable
{
    public void Dispose()
    {
        Weights.Dispose();
        Mask.Dispose();
    }
}

/// <summary>
/// A method trained on a transfer's target: its name, the folder it keeps its files in, and how it makes its start
/// (only called when the folder has none yet).
/// </summary>
public sealed record TargetMethod(string Name, string Folder, Func<TargetStart> Start)
{
    /// <summary>The moved ticket itself, under the transformer's name.</summary>
    public static TargetMethod Ticket(string transformer, Ticket moved) =>
        new(transformer, transformer, () => new TargetStart(moved.Weights.Clone(), moved.Mask.Clone()));

    /// <summary>
    /// A pruner baseline: the moved ticket's weights pruned by it to the ticket's exact density, from a full mask over
    /// the ticket's tensors, or from the ticket's mask for <c>random</c>, whose point is to shuffle it. The folder
    /// name carries a hash of the pruner's options, so other settings train anew.
    /// </summary>
    public static TargetMethod Pruned(string name, IPruner pruner, object prunerOptions, Ticket moved, Func<ArchitectureModel> target, IBatchSource train,
        Lottery.Torch.Device device, ulong seed)
    {
        var folder = $"{name}-{RunDirectory.HashOf(JsonSerializer.SerializeToNode(prunerOptions, prunerOptions.GetType())!)[..8]}";
        return new(name, folder, () =>
        {
            using var model = target();
            moved.Weights.LoadInto(model.Network);
            model.Network.to(device);
            using var full = Mask.KeepAll(moved.Weights, moved.Mask.Names);
            var current = name.Equals(Options.TransformOptions.ShuffledTicket, StringComparison.OrdinalIgnoreCase) ? moved.Mask : full;
            var mask = pruner.Prune(new PruningContext(model.Network, current, moved.Density, model.PrunableTensors, new HashSet<string>(), train, device, seed));
            var (kept, _) = mask.Count();
            var (expected, _) = moved.Mask.Count();
            if (kept != expected || !mask.Names.SequenceEqual(moved.Mask.Names))
            {
                mask.Dispose();
                throw new InvalidOperationException($"baseline '{name}' returned a mask keeping {kept} weights of [{string.Join(", ", mask.Names)}]; the ticket keeps {expected} of [{string.Join(", ", moved.Mask.Names)}]");
            }
            return new TargetStart(moved.Weights.Clone(), mask);
        });
    }

    /// <summary>Reinitialisation: the ticket's mask on fresh weights, a new initialisation of the target drawn by another seed than the source's.</summary>
    public static TargetMethod Reinit(Ticket moved, Func<ArchitectureModel> target, ulong seed) =>
        new(Options.TransformOptions.Reinit, Options.TransformOptions.Reinit, () =>
        {
            manual_seed(seed + 1);
            using var model = target();
            return new TargetStart(StateDict.FromModule(model.Network), moved.Mask.Clone());
        });
}
