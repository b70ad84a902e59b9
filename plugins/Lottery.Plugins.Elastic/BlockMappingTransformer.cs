namespace Lottery.Plugins.Elastic;

/// <summary>
/// <c>block-mapping</c>: moves the ticket by the mapping its options spell out. The host rejects malformed text when
/// it validates the options at start; whether the mapping fits is known only once the networks are.
/// </summary>
public sealed class BlockMappingTransformer(BlockMappingOptions options) : MappingTransformer(Name)
{
    public const string Name = "block-mapping";

    public override BlockMapping Mapping(IReadOnlyList<StageDepth> stages)
    {
        try
        {
            return BlockMappingText.Parse(options.Mapping).Resolve(stages);
        }
        catch (ArgumentException e)
        {
            // The mapping is the user's setting: name it, and the blocks it has to cover.
            var blocks = string.Join(", ", stages.Select(stage => FormattableString.Invariant($"{stage} {stage.SourceBlocks} -> {stage.TargetBlocks} blocks")));
            throw new ArgumentException($"Lottery:Strategies:{Name}:Mapping = '{options.Mapping}' does not fit the networks ({blocks}): {e.Message}", e);
        }
    }
}
