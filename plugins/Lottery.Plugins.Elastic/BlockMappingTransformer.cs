namespace Lottery.Plugins.Elastic;

/// <summary>
/// <c>block-mapping</c>: moves the ticket by the mapping its options spell out. The host rejects malformed text when
/// it validates the options at start; whether the mapping fits is known only once the networks are.
/// </summary>
public sealed class BlockMappingTransformer(BlockMappingOptions options) : MappingTransformer(Name)
{
    public const string Name = "block-mapping";

    public override BlockMapping Mapping(IReadOnlyList<StageDepth> stages) => BlockMappingText.Parse(options.Mapping).Resolve(stages);
}
