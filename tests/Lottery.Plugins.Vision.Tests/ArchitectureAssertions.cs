using Lottery.Contracts.Architectures;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>What every architecture must satisfy, checked the same way for each.</summary>
internal static class ArchitectureAssertions
{
    public static long ParameterCount(ArchitectureModel model) => model.Network.parameters().Sum(p => p.numel());

    /// <summary>
    /// A batch of two images of the spec's shape gives (2, classes) scores, and the forward pass frees its
    /// intermediates itself: only the output is left alive.
    /// </summary>
    public static void ForwardGivesClassScores(ArchitectureModel model)
    {
        using var scope = NewDisposeScope();
        var input = randn([2, .. model.Spec.InputShape]);
        var before = LiveTensorCount;
        var output = model.Network.call(input);
        Assert.Equal(before + 1, LiveTensorCount);
        Assert.Equal(new long[] { 2, model.Spec.Classes }, output.shape);
    }

    /// <summary>
    /// The prunable tensors are exactly the conv (4-D) and linear (2-D) weights, in module order: biases and
    /// BatchNorm parameters are 1-D. The output layer is the last of them, sized by the class count.
    /// </summary>
    public static void PrunesConvAndLinearWeightsOnly(ArchitectureModel model, string outputLayer)
    {
        var shapes = model.Network.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);
        Assert.Equal(shapes.Where(p => p.Value.Length is 2 or 4).Select(p => p.Key), model.PrunableTensors);
        Assert.All(model.PrunableTensors, name => Assert.EndsWith(".weight", name));
        Assert.Equal([outputLayer], model.OutputLayerTensors);
        Assert.Equal(outputLayer, model.PrunableTensors[^1]);
        Assert.Equal(model.Spec.Classes, shapes[outputLayer][0]);
    }

    /// <summary>
    /// Stages are "layer1", "layer2", ... with blocks "layerS.B.", each prefix naming real tensors, and every
    /// tensor of a stage belongs to exactly one of its blocks (what a depth transformer relies on).
    /// </summary>
    public static void StagesNameRealBlocks(ArchitectureModel model, params int[] blocksPerStage)
    {
        var names = model.Network.named_parameters().Select(p => p.name).Concat(model.Network.named_buffers().Select(b => b.name)).ToList();
        Assert.Equal(blocksPerStage, model.Stages.Select(s => s.Blocks.Count));
        for (var s = 0; s < model.Stages.Count; s++)
        {
            var stage = model.Stages[s];
            Assert.Equal($"layer{s + 1}", stage.Name);
            Assert.Equal(Enumerable.Range(0, stage.Blocks.Count).Select(b => $"{stage.Name}.{b}."), stage.Blocks.Select(b => b.Prefix));
            Assert.All(stage.Blocks, block => Assert.Contains(names, name => name.StartsWith(block.Prefix, StringComparison.Ordinal)));
            Assert.All(names.Where(name => name.StartsWith(stage.Name + ".", StringComparison.Ordinal)),
                name => Assert.Single(stage.Blocks, block => name.StartsWith(block.Prefix, StringComparison.Ordinal)));
        }
    }

    /// <summary>A backward pass from the scores of a small batch reaches every prunable weight.</summary>
    public static void BackwardReachesEveryPrunableWeight(ArchitectureModel model)
    {
        using var scope = NewDisposeScope();
        model.Network.call(randn([2, .. model.Spec.InputShape])).square().sum().backward();
        var parameters = model.Network.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.All(model.PrunableTensors, name =>
        {
            var grad = parameters[name].grad;
            Assert.NotNull(grad);
            Assert.True(grad.abs().sum().item<float>() > 0, $"{name} has an all-zero gradient");
        });
    }

    public static void DisposingFreesEveryTensor(Func<ArchitectureModel> create)
    {
        var before = LiveTensorCount;
        create().Dispose();
        Assert.Equal(before, LiveTensorCount);
    }
}
