using Lottery.Contracts.SparseTraining;
using System.Text.Json.Nodes;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Host.Plugins;
using Lottery.Host.Runs;
using static Lottery.Torch.torch;
using Lottery.Host.Training;
using Lottery.Host.Options;

namespace Lottery.Host.Stages;

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
/// Dense weights at the rewind point that a method's start is made from: what they are (a <see cref="StartWeights"/>
/// kind), the files they and the moved ticket's density come from (recorded with the method's results, so that a result
/// built from other files is not reused), and a loader of a copy the caller owns.
/// </summary>
public sealed record StartPoint(string Kind, IReadOnlyList<string> Files, Func<StateDict> Load);

/// <summary>
/// A method trained on a transfer's target: its name, the folder it keeps its files in, what its start weights are,
/// the files its start is made from, and how it makes its start (only called when the folder has none yet).
/// </summary>
public sealed record TargetMethod(string Name, string Folder, string StartWeights, IReadOnlyList<string> Inputs, Func<TargetStart> Start)
{
    /// <summary>
    /// Dynamic sparse training: the mask changes during training, from the start's mask, each update told to the listener
    /// (null: the mask is held fixed).
    /// </summary>
    public Func<Mask, Action<MaskUpdateReport>?, MaskUpdating>? Updating { get; init; }

    /// <summary>The moved ticket itself, under the transformer's name.</summary>
    public static TargetMethod Ticket(string transformer, Ticket moved, StartPoint movedStart) =>
        new(transformer, transformer, movedStart.Kind, movedStart.Files, () => new TargetStart(movedStart.Load(), moved.Mask.Clone()));

    /// <summary>
    /// A pruner baseline, pruned to the moved ticket's exact density: <c>random</c> shuffles the ticket's mask on the moved
    /// weights (open_lth's randomly pruned branch); every other pruner scores from a full mask, as a pruning-at-initialisation
    /// method, the target's own weights at the rewind step (ElasticLTH's prune_early), which from then on train. The folder
    /// name carries a hash of the pruner's options and of the start weights' kind, so other settings, or a start of another
    /// kind (results saved before the baselines scored the target's own weights), train anew. targetRewind is only
    /// called for the pruners that start there.
    /// </summary>
    public static TargetMethod Pruned(ResolvedStrategy baseline, IPruner pruner, Ticket moved, StartPoint movedStart, Func<StartPoint> targetRewind,
        Func<ArchitectureModel> target, IBatchSource train, Lottery.Torch.Device device, ulong seed)
    {
        var name = baseline.Name;
        var shuffles = name.Equals(Options.TransformOptions.ShuffledTicket, StringComparison.OrdinalIgnoreCase);
        var from = shuffles ? movedStart : targetRewind();
        var folder = $"{name}-{RunFileJson.HashOf(new BaselineDescriptor(baseline.OptionsJson, from.Kind))[..8]}";
        return new(name, folder, from.Kind, from.Files, () =>
        {
            var weights = from.Load();
            try
            {
                using var model = target();
                weights.LoadInto(model.Network);
                model.Network.to(device);
                using var full = Mask.KeepAll(weights, moved.Mask.Names);
                var mask = pruner.Prune(new PruningContext(model.Network, shuffles ? moved.Mask : full, moved.Density, model.PrunableTensors, new HashSet<string>(), train, device, seed));
                var (kept, _) = mask.Count();
                var (expected, _) = moved.Mask.Count();
                if (kept != expected || !mask.Names.SequenceEqual(moved.Mask.Names))
                {
                    mask.Dispose();
                    throw new InvalidOperationException($"baseline '{name}' returned a mask keeping {kept} weights of [{string.Join(", ", mask.Names)}]; the ticket keeps {expected} of [{string.Join(", ", moved.Mask.Names)}]");
                }
                return new TargetStart(weights, mask);
            }
            catch
            {
                weights.Dispose();
                throw;
            }
        });
    }

    /// <summary>
    /// A dynamic-sparse-training baseline (set, rigl): a fresh initialisation of the target (seed + 1, as reinit) with the
    /// updater's own initial mask at the moved ticket's exact density over the ticket's tensors (drawn with seed + 2),
    /// whose mask then changes during training (its updates drawn with seed + 3). The folder carries a hash of its options.
    /// </summary>
    public static TargetMethod Dynamic(ResolvedStrategy strategy, IMaskUpdater updater, Ticket moved, Func<ArchitectureModel> target, ulong seed, string maskFile)
    {
        var name = strategy.Name;
        return new(name, $"{name}-{RunFileJson.HashOfJson(strategy.OptionsJson)[..8]}", Runs.StartWeights.Fresh, [maskFile], () =>
        {
            manual_seed(seed + 1);
            using var model = target();
            using var random = new Generator(seed + 2);
            return new TargetStart(StateDict.FromModule(model.Network), updater.Initialize(new MaskInitialization(model.Network, moved.Mask.Names.ToList(), moved.Density, random)));
        })
        {
            Updating = (mask, onUpdate) => new MaskUpdating(updater, name, mask, seed + 3, onUpdate),
        };
    }

    /// <summary>
    /// Reinitialisation: the ticket's mask on fresh weights, a new initialisation of the target drawn by another seed than
    /// the source's. Its start is made from the moved ticket's mask alone, which maskFile holds the source of.
    /// </summary>
    public static TargetMethod Reinit(Ticket moved, Func<ArchitectureModel> target, ulong seed, string maskFile) =>
        new(Options.TransformOptions.Reinit, Options.TransformOptions.Reinit, Runs.StartWeights.Fresh, [maskFile], () =>
        {
            manual_seed(seed + 1);
            using var model = target();
            return new TargetStart(StateDict.FromModule(model.Network), moved.Mask.Clone());
        });
}
