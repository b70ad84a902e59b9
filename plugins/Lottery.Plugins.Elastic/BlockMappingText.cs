using System.Globalization;

namespace Lottery.Plugins.Elastic;

/// <summary>
/// The textual block mapping <c>src:dst[,dst...];...</c>: for each source block, the target blocks it fills
/// (ResNet-32 -> ResNet-56: <c>0:0;1:1,2;2:3,4;3:5,6;4:7,8</c>). One stage part serves every stage; several,
/// separated by '|', give one per stage. Parsing checks the syntax only; <see cref="Resolve"/> checks the
/// mapping against the networks, since only they say how many blocks there are.
/// </summary>
public sealed class BlockMappingText
{
    private const string Form = "src:dst[,dst...] with block numbers, entries separated by ';'";

    private readonly string text;
    private readonly IReadOnlyList<IReadOnlyList<(int Source, int[] Targets)>> parts;

    private BlockMappingText(string text, IReadOnlyList<IReadOnlyList<(int, int[])>> parts)
    {
        this.text = text;
        this.parts = parts;
    }

    /// <summary>The parsed mapping, or an ArgumentException naming the stage part and entry that is malformed.</summary>
    public static BlockMappingText Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException($"the block mapping is empty: expected {Form}, e.g. '0:0;1:1,2;2:3,4'");
        var parts = text.Split('|').Select((part, index) => ParsePart(text, part, index + 1)).ToList();
        return new BlockMappingText(text, parts);
    }

    /// <summary>The mapping for these stages; a block out of range, filled twice or left unfilled is an ArgumentException naming its stage.</summary>
    public BlockMapping Resolve(IReadOnlyList<StageDepth> stages)
    {
        if (parts.Count != 1 && parts.Count != stages.Count)
        {
            throw new ArgumentException(Invariant(
                $"block mapping '{text}' has {parts.Count} stage parts (separated by '|') but the networks have {stages.Count} stages: give one part for all stages or one per stage"));
        }
        var mapping = new BlockMapping(stages.Select((stage, s) => Resolve(stage, parts[parts.Count == 1 ? 0 : s])).ToList());
        mapping.Validate(stages);
        return mapping;
    }

    public override string ToString() => text;

    private static int[] Resolve(StageDepth stage, IReadOnlyList<(int Source, int[] Targets)> entries)
    {
        var sourceOf = Enumerable.Repeat(-1, stage.TargetBlocks).ToArray();
        var listed = new HashSet<int>();
        foreach (var (source, targets) in entries)
        {
            if (source >= stage.SourceBlocks)
            {
                throw new ArgumentException(Invariant($"{stage}: source block {source} is out of range: the source stage has blocks 0..{stage.SourceBlocks - 1}"));
            }
            if (!listed.Add(source)) throw new ArgumentException(Invariant($"{stage}: source block {source} is listed twice"));
            foreach (var target in targets)
            {
                if (target >= stage.TargetBlocks)
                {
                    throw new ArgumentException(Invariant($"{stage}: target block {target} is out of range: the target stage has blocks 0..{stage.TargetBlocks - 1}"));
                }
                if (sourceOf[target] >= 0)
                {
                    throw new ArgumentException(Invariant($"{stage}: target block {target} is filled twice, by source blocks {sourceOf[target]} and {source}"));
                }
                sourceOf[target] = source;
            }
        }
        var unfilled = Array.IndexOf(sourceOf, -1);
        if (unfilled >= 0) throw new ArgumentException(Invariant($"{stage}: target block {unfilled} is not filled: every target block needs a source block"));
        return sourceOf;
    }

    private static List<(int, int[])> ParsePart(string text, string part, int number) =>
        part.Split(';').Select(entry =>
        {
            var sides = entry.Split(':');
            if (sides.Length == 2 && TryBlock(sides[0], out var source))
            {
                var targets = sides[1].Split(',');
                var parsed = new int[targets.Length];
                if (targets.Select((t, i) => TryBlock(t, out parsed[i])).All(ok => ok)) return (source, parsed);
            }
            throw new ArgumentException(Invariant($"block mapping '{text}': stage part {number}: '{entry.Trim()}' is not of the form {Form}"));
        }).ToList();

    private static bool TryBlock(string text, out int block) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out block);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
