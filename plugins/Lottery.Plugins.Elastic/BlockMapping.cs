using System.Globalization;

namespace Lottery.Plugins.Elastic;

/// <summary>
/// Which source block fills each target block, stage by stage: <c>SourceOf[s][b]</c> is the source block of
/// target block b of stage s. Source blocks that fill nothing are dropped; a source block that fills several
/// target blocks is replicated. Block 0 of every stage (the one that changes resolution or width) maps one to one.
/// </summary>
public sealed record BlockMapping(IReadOnlyList<IReadOnlyList<int>> SourceOf)
{
    /// <summary>The textual form, one stage part per stage separated by '|': "0:0;1:1,2;2:3,4|...".</summary>
    public override string ToString() => string.Join("|", SourceOf.Select(StageText));

    /// <summary>Checks the mapping against the networks' stages; the first problem is an ArgumentException naming the stage and block.</summary>
    public void Validate(IReadOnlyList<StageDepth> stages)
    {
        if (SourceOf.Count != stages.Count)
        {
            throw new ArgumentException(Invariant($"the block mapping has {SourceOf.Count} stage(s) but the networks have {stages.Count}"));
        }
        for (var s = 0; s < stages.Count; s++)
        {
            var stage = stages[s];
            var sources = SourceOf[s];
            if (sources.Count != stage.TargetBlocks)
            {
                throw new ArgumentException(Invariant($"{stage}: the mapping fills {sources.Count} target block(s) but the target stage has {stage.TargetBlocks}"));
            }
            for (var target = 0; target < sources.Count; target++)
            {
                var source = sources[target];
                if (source < 0 || source >= stage.SourceBlocks)
                {
                    throw new ArgumentException(Invariant($"{stage}: target block {target} is filled by source block {source}, but the source stage has blocks 0..{stage.SourceBlocks - 1}"));
                }
                if ((source == 0) != (target == 0))
                {
                    throw new ArgumentException(Invariant(
                        $"{stage}: target block {target} is filled by source block {source}, but block 0 changes the resolution or width and maps one to one (0:0) only"));
                }
            }
        }
    }

    private static string StageText(IReadOnlyList<int> sources) => string.Join(";", sources
        .Select((source, target) => (source, target))
        .GroupBy(pair => pair.source)
        .OrderBy(group => group.Key)
        .Select(group => $"{group.Key.ToString(CultureInfo.InvariantCulture)}:{string.Join(",", group.Select(p => p.target.ToString(CultureInfo.InvariantCulture)))}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
