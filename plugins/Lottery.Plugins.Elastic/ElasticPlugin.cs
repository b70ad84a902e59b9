using Lottery.Contracts.Plugins;

namespace Lottery.Plugins.Elastic;

/// <summary>
/// Registers the depth transformers of the Elastic Lottery Ticket Hypothesis: <c>block-mapping</c> (an explicit
/// mapping) and the generated <c>stretch-append</c>, <c>stretch-interpolate</c>, <c>squeeze-last</c> and
/// <c>squeeze-interleave</c>. They serve any architecture that describes its stages (ResNets, VGGs).
/// </summary>
public sealed class ElasticPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry
            .AddTicketTransformer<BlockMappingTransformer, BlockMappingOptions>(
                BlockMappingTransformer.Name, "moves a ticket to another depth by an explicit block mapping src:dst[,dst...];... (one for all stages or one per stage, '|'-separated)")
            .AddTicketTransformer<StretchAppendTransformer, NamedTransformerOptions>(
                StretchAppendTransformer.Name, "deeper: replicates the non-first blocks of each stage, appended after them (B0 B1 B2 B1 B2)")
            .AddTicketTransformer<StretchInterpolateTransformer, NamedTransformerOptions>(
                StretchInterpolateTransformer.Name, "deeper: replicates the non-first blocks of each stage, each copy next to its source (B0 B1 B1 B2 B2)")
            .AddTicketTransformer<SqueezeLastTransformer, NamedTransformerOptions>(
                SqueezeLastTransformer.Name, "shallower: drops the last blocks of each stage")
            .AddTicketTransformer<SqueezeInterleaveTransformer, NamedTransformerOptions>(
                SqueezeInterleaveTransformer.Name, "shallower: keeps blocks evenly spread over each stage, dropping the others");
}
