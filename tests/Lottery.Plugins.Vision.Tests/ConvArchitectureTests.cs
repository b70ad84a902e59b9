using Lottery.Contracts.Architectures;
using Lottery.Plugins.Vision.Architectures;
using static Lottery.Plugins.Vision.Tests.ArchitectureAssertions;

namespace Lottery.Plugins.Vision.Tests;

public sealed class ConvArchitectureTests
{
    private static ArchitectureModel Create(string variant, long[]? inputShape = null, int classes = 10, bool batchNorm = false) =>
        new ConvArchitecture(new ConvOptions { BatchNorm = batchNorm })
            .Create(new ArchitectureSpec(ConvArchitecture.Name, variant, inputShape ?? [3, 32, 32], classes));

    // From the layer sizes, checked on PyTorch reference models (10 classes): convs 9*in*out + out, the first FC
    // (channels * (side / 2^pairs)^2) * 256 + 256, then 256*256 + 256 and 256*10 + 10; BatchNorm adds 2 per channel.
    // On 3x32x32, Conv-2 and Conv-4 are the 4.3M and 2.4M of Frankle & Carbin's table; their 1.7M for Conv-6
    // does not follow from the layers they list (1.1M conv weights + 4096*256 + 256*256 + 256*10 FC weights).
    [Theory]
    [InlineData("2", 3, 32, false, 4_301_642)]
    [InlineData("4", 3, 32, false, 2_425_930)]
    [InlineData("6", 3, 32, false, 2_262_602)]
    [InlineData("2", 1, 28, false, 3_317_450)]
    [InlineData("4", 1, 28, false, 1_933_258)]
    [InlineData("6", 1, 28, false, 1_802_698)]
    [InlineData("4", 1, 28, true, 1_934_026)]
    [InlineData("6", 3, 32, true, 2_264_394)]
    public void Has_the_parameter_count_of_its_layers(string variant, long channels, long side, bool batchNorm, long expected)
    {
        using var model = Create(variant, [channels, side, side], batchNorm: batchNorm);
        Assert.Equal(expected, ParameterCount(model));
    }

    [Theory]
    [InlineData("2", 1, 28, false)]
    [InlineData("4", 1, 28, true)]
    [InlineData("6", 1, 28, true)]
    [InlineData("2", 3, 32, true)]
    [InlineData("4", 3, 32, false)]
    [InlineData("6", 3, 32, false)]
    public void Gives_class_scores_for_grayscale_and_colour_images(string variant, long channels, long side, bool batchNorm)
    {
        using var model = Create(variant, [channels, side, side], classes: 7, batchNorm: batchNorm);
        ForwardGivesClassScores(model);
    }

    [Fact]
    public void Prunes_every_conv_and_fully_connected_weight()
    {
        using var model = Create("4", [1, 28, 28], batchNorm: true);
        PrunesConvAndLinearWeightsOnly(model, "classifier.layers.5.weight");
        Assert.Equal(
            ["layer1.0.conv.weight", "layer1.1.conv.weight", "layer2.0.conv.weight", "layer2.1.conv.weight",
             "classifier.layers.1.weight", "classifier.layers.3.weight", "classifier.layers.5.weight"],
            model.PrunableTensors);
        // 28 -> 14 -> 7 after two pools: 128 channels of 7x7 feed the first FC layer.
        Assert.Equal(new long[] { 256, 128 * 7 * 7 }, model.Network.named_parameters().Single(p => p.name == "classifier.layers.1.weight").parameter.shape);
    }

    [Fact]
    public void BatchNorm_follows_every_conv_only_when_asked()
    {
        using var plain = Create("2");
        using var normalized = Create("2", batchNorm: true);
        Assert.DoesNotContain(plain.Network.named_parameters(), p => p.name.Contains(".bn.", StringComparison.Ordinal));
        Assert.Equal(["layer1.0.bn.weight", "layer1.1.bn.weight"],
            normalized.Network.named_parameters().Select(p => p.name).Where(n => n.EndsWith(".bn.weight", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_pair_of_convs_is_a_stage()
    {
        using var model = Create("6", batchNorm: true);
        StagesNameRealBlocks(model, 2, 2, 2);
        Assert.All(model.Stages, stage => Assert.Equal([true, false], stage.Blocks.Select(b => b.Downsamples)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Backward_reaches_every_prunable_weight(bool batchNorm)
    {
        using var model = Create("4", [1, 28, 28], batchNorm: batchNorm);
        BackwardReachesEveryPrunableWeight(model);
    }

    [Fact]
    public void Disposing_the_model_frees_its_tensors() => DisposingFreesEveryTensor(() => Create("6", batchNorm: true));

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("8")]
    [InlineData("conv4")]
    public void A_bad_variant_names_itself_and_the_accepted_forms(string variant)
    {
        var error = Assert.Throws<ArgumentException>(() => Create(variant));
        Assert.Contains($"'{variant}'", error.Message);
        Assert.Contains("'2', '4', '6'", error.Message);
    }

    [Fact]
    public void An_image_too_small_for_its_pools_is_rejected()
    {
        Assert.Contains("too small for 3 2x2 max-pools", Assert.Throws<ArgumentException>(() => Create("6", [1, 7, 28])).Message);
        Assert.Contains("three positive sizes", Assert.Throws<ArgumentException>(() => Create("6", [28, 28])).Message);
    }
}
