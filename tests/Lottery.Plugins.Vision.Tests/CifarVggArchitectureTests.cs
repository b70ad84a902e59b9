using Lottery.Contracts.Architectures;
using Lottery.Plugins.Vision.Architectures;
using static Lottery.Plugins.Vision.Tests.ArchitectureAssertions;

namespace Lottery.Plugins.Vision.Tests;

public sealed class CifarVggArchitectureTests
{
    private static ArchitectureModel Create(string variant, long[]? inputShape = null, int classes = 10) =>
        new CifarVggArchitecture(new CifarVggOptions())
            .Create(new ArchitectureSpec(CifarVggArchitecture.Name, variant, inputShape ?? [3, 32, 32], classes));

    // open_lth's models/test/test_cifar_vgg.py asserts these (3 channels, 10 classes); a PyTorch reference model
    // gives the same, and 14,774,436 for VGG-16 with 100 classes.
    [Theory]
    [InlineData("11", 10, 9_231_114)]
    [InlineData("13", 10, 9_416_010)]
    [InlineData("16", 10, 14_728_266)]
    [InlineData("19", 10, 20_040_522)]
    [InlineData("16", 100, 14_774_436)]
    public void Has_open_lths_parameter_count(string variant, int classes, long expected)
    {
        using var model = Create(variant, classes: classes);
        Assert.Equal(expected, ParameterCount(model));
    }

    [Theory]
    [InlineData(1, 28, 28)]
    [InlineData(3, 32, 32)]
    public void Gives_class_scores_for_grayscale_and_colour_images(long channels, long height, long width)
    {
        using var model = Create("11", [channels, height, width], classes: 7);
        ForwardGivesClassScores(model);
    }

    [Fact]
    public void Prunes_every_conv_and_the_one_linear_layer()
    {
        using var model = Create("16");
        PrunesConvAndLinearWeightsOnly(model, "fc.weight");
        Assert.Equal(13 + 1, model.PrunableTensors.Count);
        Assert.Equal("layer1.0.conv.weight", model.PrunableTensors[0]);
        Assert.Equal(new long[] { 10, 512 }, model.Network.named_parameters().Single(p => p.name == "fc.weight").parameter.shape);
    }

    [Theory]
    [InlineData("11", new[] { 1, 1, 2, 2, 2 })]
    [InlineData("16", new[] { 2, 2, 3, 3, 3 })]
    [InlineData("19", new[] { 2, 2, 4, 4, 4 })]
    public void Stages_are_the_conv_units_between_pools(string variant, int[] unitsPerStage)
    {
        using var model = Create(variant);
        StagesNameRealBlocks(model, unitsPerStage);
        // Only a unit that changes the channel count is shaped unlike the rest of its stage.
        Assert.Equal([true, true, true, true, false], model.Stages.Select(s => s.Blocks[0].Downsamples));
        Assert.All(model.Stages, stage => Assert.All(stage.Blocks.Skip(1), block => Assert.False(block.Downsamples)));
        Assert.Contains("layer3.1.bn.running_mean", model.Network.named_buffers().Select(b => b.name));
    }

    [Fact]
    public void Backward_reaches_every_prunable_weight()
    {
        using var model = Create("11");
        BackwardReachesEveryPrunableWeight(model);
    }

    [Fact]
    public void Disposing_the_model_frees_its_tensors() => DisposingFreesEveryTensor(() => Create("11"));

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("vgg16")]
    [InlineData("16-bn")]
    public void A_bad_variant_names_itself_and_the_accepted_forms(string variant)
    {
        var error = Assert.Throws<ArgumentException>(() => Create(variant));
        Assert.Contains($"'{variant}'", error.Message);
        Assert.Contains("'11', '13', '16', '19'", error.Message);
    }

    [Fact]
    public void An_image_too_small_for_four_pools_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Create("11", inputShape: [3, 15, 32]));
        Assert.Contains("too small for 4 2x2 max-pools", error.Message);
    }
}
