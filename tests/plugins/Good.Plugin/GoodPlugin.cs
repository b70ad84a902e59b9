using Lottery.Contracts.Plugins;

namespace Lottery.TestPlugins.Good;

/// <summary>One strategy of each kind an experiment needs, so the host can run end to end on test plugins alone.</summary>
public sealed class GoodPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) => registry
        .AddPruner<TopMagnitudePruner, TopMagnitudeOptions>("test-good", "keeps the largest-magnitude weights of each tensor")
        .AddDataset<BlobsDataset, BlobsOptions>("test-blobs", "random 1x4x4 inputs, labelled by the sign of their sum")
        .AddArchitecture<TwoLayerArchitecture, TwoLayerOptions>("test-two-layer", "flatten, linear, ReLU, linear; the variant is the hidden width");
}
