using Lottery.Contracts.Architectures;
using Lottery.Torch.Modules;
using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// Assembles a network as one <see cref="Sequential"/> of named children and describes its stages as they are
/// added, so a block's module name and the prefix its stage description gives are written in one place.
/// Stages are children "layer1", "layer2", ..., each a Sequential of blocks "0", "1", ...: a block's tensors
/// are "layer2.1.conv1.weight" and the like, as torchvision names its ResNets.
/// </summary>
public sealed class StagedNetworkBuilder
{
    private readonly List<(string name, Module<Tensor, Tensor> module)> layers = new();
    private readonly List<NetworkStage> stages = new();

    public StagedNetworkBuilder Add(string name, Module<Tensor, Tensor> module)
    {
        layers.Add((name, module));
        return this;
    }

    /// <summary>
    /// Adds a stage of blocks. <c>Downsamples</c> marks a block whose tensors are shaped unlike the rest of its
    /// stage (a shortcut conv, or a change of channels), so only the same block of another network can take them.
    /// </summary>
    public StagedNetworkBuilder AddStage(IReadOnlyList<(Module<Tensor, Tensor> Block, bool Downsamples)> blocks)
    {
        var name = FormattableString.Invariant($"layer{stages.Count + 1}");
        // Sequential names its children "0", "1", ... in order: the prefixes below are those names.
        stages.Add(new NetworkStage(name, blocks.Select((b, index) => new NetworkBlock(FormattableString.Invariant($"{name}.{index}."), b.Downsamples)).ToList()));
        return Add(name, new Sequential(blocks.Select(b => b.Block).ToArray()));
    }

    /// <summary>Global average pooling and one linear layer "fc": the head of ResNets and open_lth's VGGs.</summary>
    public StagedNetworkBuilder AddGlobalPoolClassifier(long features, long classes) =>
        Add("avgpool", AdaptiveAvgPool2d(1, 1)).Add("flatten", Flatten()).Add("fc", Linear(features, classes));

    /// <summary>
    /// The network, initialised as open_lth does; every conv and linear weight is prunable and the last of them,
    /// the classifier's, is the output layer that experiments may keep dense.
    /// </summary>
    public ArchitectureModel Build(ArchitectureSpec spec, BatchNormInit batchNormInit)
    {
        var network = new Sequential(layers.ToArray());
        OpenLthInitialization.Apply(network, batchNormInit);
        var prunable = PrunableWeights.Of(network);
        return new ArchitectureModel(spec, network, prunable, [prunable[^1]], stages.ToList());
    }
}
