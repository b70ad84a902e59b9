using System.Globalization;

namespace Lottery.Plugins.Elastic;

/// <summary>
/// The block mappings of the named strategies (Elastic Lottery Ticket Hypothesis, Chen et al. 2021), stage by
/// stage. Block 0 always maps to block 0; the other ("free") blocks are replicated or dropped:
/// <list type="bullet">
/// <item>stretch: every free source block is used, each as often as every other give or take one (the earlier
/// blocks take the extra copies when the counts do not divide), in the order of <c>append</c> (B0 B1 B2 B1 B2:
/// the free blocks again after themselves) or <c>interpolate</c> (B0 B1 B1 B2 B2: each copy next to its source);</item>
/// <item>squeeze: <c>last</c> keeps the first free blocks and drops the last, <c>interleave</c> keeps free blocks
/// evenly spread over the stage, the first included (dropping early blocks hurts most).</item>
/// </list>
/// </summary>
public static class GeneratedMappings
{
    public static int[] StretchAppend(StageDepth stage)
    {
        var copies = Copies(stage);
        var order = new List<int> { 0 };
        for (var round = 0; order.Count < stage.TargetBlocks; round++)
        {
            order.AddRange(Enumerable.Range(1, copies.Length).Where(block => copies[block - 1] > round));
        }
        return order.ToArray();
    }

    public static int[] StretchInterpolate(StageDepth stage)
    {
        var copies = Copies(stage);
        return [0, .. Enumerable.Range(1, copies.Length).SelectMany(block => Enumerable.Repeat(block, copies[block - 1]))];
    }

    public static int[] SqueezeLast(StageDepth stage)
    {
        RequireSqueeze(stage);
        return Enumerable.Range(0, stage.TargetBlocks).ToArray();
    }

    public static int[] SqueezeInterleave(StageDepth stage)
    {
        RequireSqueeze(stage);
        long free = stage.SourceBlocks - 1, kept = stage.TargetBlocks - 1;
        // The j-th kept free block is floor(j * free / kept): evenly spaced from the first free block.
        return [0, .. Enumerable.Range(0, (int)kept).Select(j => 1 + (int)(j * free / kept))];
    }

    /// <summary>How many target blocks each free source block fills: as equal as the counts allow.</summary>
    private static int[] Copies(StageDepth stage)
    {
        int free = stage.SourceBlocks - 1, slots = stage.TargetBlocks - 1;
        if (slots < free)
        {
            throw new ArgumentException(Invariant(
                $"{stage}: cannot stretch {stage.SourceBlocks} source blocks into {stage.TargetBlocks}: the target is shallower; use a squeeze strategy"));
        }
        if (free == 0 && slots > 0)
        {
            throw new ArgumentException(Invariant(
                $"{stage}: cannot stretch 1 source block into {stage.TargetBlocks}: the source stage has only block 0, which changes the resolution or width, maps one to one and cannot be replicated; start from a source with at least 2 blocks per stage"));
        }
        return Enumerable.Range(0, free).Select(i => slots / free + (i < slots % free ? 1 : 0)).ToArray();
    }

    private static void RequireSqueeze(StageDepth stage)
    {
        if (stage.TargetBlocks > stage.SourceBlocks)
        {
            throw new ArgumentException(Invariant(
                $"{stage}: cannot squeeze {stage.SourceBlocks} source blocks into {stage.TargetBlocks}: the target is deeper; use a stretch strategy"));
        }
        if (stage.TargetBlocks < 1) throw new ArgumentException(Invariant($"{stage}: the target stage has no blocks"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
