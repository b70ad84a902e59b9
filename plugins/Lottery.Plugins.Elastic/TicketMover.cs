using System.Globalization;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using Lottery.Contracts.Transform;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Elastic;

/// <summary>
/// Builds the target ticket of a block mapping: every tensor of the target network (parameters and persistent
/// buffers, so BatchNorm running statistics too) is a copy of its source tensor, the one of the mapped source
/// block for block tensors and the one of the same name for the rest (stem, classifier); its mask entry is the
/// source's where the source masks it. The result's density is the mask's own, which differs slightly from the
/// source's when blocks are replicated or dropped.
/// </summary>
public static class TicketMover
{
    /// <summary>The stages of source and target side by side; the networks must be of one family with as many stages.</summary>
    public static IReadOnlyList<StageDepth> Stages(TransformContext context)
    {
        var source = context.SourceModel;
        var target = context.Target;
        if (source.Spec.Strategy != target.Spec.Strategy)
        {
            throw new ArgumentException($"cannot move a ticket of {source.Spec.Strategy} to {target.Spec.Strategy}: depth transformers stay within one architecture family");
        }
        if (source.Stages.Count != target.Stages.Count)
        {
            throw new ArgumentException(Invariant(
                $"{source.Spec.Strategy}-{source.Spec.Variant} has {source.Stages.Count} stage(s) but {target.Spec.Strategy}-{target.Spec.Variant} has {target.Stages.Count}: depth transformers keep the stages"));
        }
        if (target.Stages.Count == 0) throw new ArgumentException($"{target.Spec} describes no stages: it has no blocks to map");
        return target.Stages.Select((stage, s) => new StageDepth(s + 1, stage.Name, source.Stages[s].Blocks.Count, stage.Blocks.Count)).ToList();
    }

    public static Ticket Move(TransformContext context, BlockMapping mapping, string method)
    {
        mapping.Validate(Stages(context));
        var source = context.Source;
        var renames = BlockRenames(context, mapping);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var targetState = context.Target.Network.state_dict();
        var weights = new List<KeyValuePair<string, Tensor>>();
        var mask = new List<KeyValuePair<string, Tensor>>();
        foreach (var (name, targetTensor) in targetState)
        {
            var sourceName = SourceName(name, renames);
            if (!source.Weights.Contains(sourceName))
            {
                throw new ArgumentException($"target tensor '{name}' maps to source tensor '{sourceName}', which the source ticket of {source.Architecture} does not have");
            }
            var sourceTensor = source.Weights[sourceName];
            if (!sourceTensor.shape.SequenceEqual(targetTensor.shape))
            {
                throw new ArgumentException(
                    $"target tensor '{name}' is [{string.Join(", ", targetTensor.shape)}] but its source '{sourceName}' is [{string.Join(", ", sourceTensor.shape)}]");
            }
            weights.Add(KeyValuePair.Create(name, sourceTensor.clone()));
            if (source.Mask.Tensors.TryGetValue(sourceName, out var keep)) mask.Add(KeyValuePair.Create(name, keep.clone()));
        }
        var provenance = new TicketProvenance(source.Provenance.Experiment, source.Provenance.Level, method, $"{source.Architecture.Strategy}-{source.Architecture.Variant}");
        return new Ticket(context.Target.Spec, new StateDict(weights), new Mask(mask), provenance);
    }

    /// <summary>(target block prefix, source block prefix) for every target block.</summary>
    private static List<(string Target, string Source)> BlockRenames(TransformContext context, BlockMapping mapping) =>
        context.Target.Stages.SelectMany((stage, s) => stage.Blocks.Select((block, b) =>
            (block.Prefix, context.SourceModel.Stages[s].Blocks[mapping.SourceOf[s][b]].Prefix))).ToList();

    private static string SourceName(string targetName, List<(string Target, string Source)> renames)
    {
        // The longest prefix wins, should one block's prefix begin another's ("layer1.1." and "layer1.10.").
        var matches = renames.Where(r => targetName.StartsWith(r.Target, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0) return targetName;
        var match = matches.MaxBy(r => r.Target.Length);
        return match.Source + targetName[match.Target.Length..];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
