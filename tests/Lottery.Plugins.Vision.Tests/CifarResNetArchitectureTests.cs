using Lottery.Contracts.Architectures;
using Lottery.Plugins.Vision.Architectures;
using static Lottery.Plugins.Vision.Tests.ArchitectureAssertions;

namespace Lottery.Plugins.Vision.Tests;

public sealed class CifarResNetArchitectureTests
{
    private static ArchitectureModel Create(string variant, long[]? inputShape = null, int classes = 10) =>
        new CifarResNetArchitecture(new CifarResNetOptions())
            .Create(new ArchitectureSpec(CifarResNetArchitecture.Name, variant, inputShape ?? [3, 32, 32], classes));

    // Counted on reference models written in PyTorch (1.13) from open_lth's models/cifar_resnet.py, for 3 channels
    // and 10 classes; open_lth's models/test/test_cifar_resnet.py asserts the same for 20, 110 and 14-128.
    [Theory]
    [InlineData("8", 78_042)]
    [InlineData("14", 175_258)]
    [InlineData("20", 272_474)]
    [InlineData("20-16", 272_474)]
    [InlineData("32", 466_906)]
    [InlineData("44", 661_338)]
    [InlineData("56", 855_770)]
    [InlineData("110", 1_730_714)]
    [InlineData("20-32", 1_084_586)]
    [InlineData("14-128", 11_093_130)]
    public void Has_open_lths_parameter_count(string variant, long expected)
    {
        using var model = Create(variant);
        Assert.Equal(expected, ParameterCount(model));
    }

    [Theory]
    [InlineData(1, 28, 28)]
    [InlineData(3, 32, 32)]
    public void Gives_class_scores_for_grayscale_and_colour_images(long channels, long height, long width)
    {
        using var model = Create("8", [channels, height, width], classes: 7);
        ForwardGivesClassScores(model);
    }

    [Fact]
    public void Prunes_conv_and_linear_weights_and_names_fc_the_output_layer()
    {
        using var model = Create("14");
        PrunesConvAndLinearWeightsOnly(model, "fc.weight");
        // Stem, 2 convs per block (6 blocks) and the two shortcut convs of stages 2 and 3, then fc.
        Assert.Equal(1 + 12 + 2 + 1, model.PrunableTensors.Count);
        Assert.Equal("stem.conv.weight", model.PrunableTensors[0]);
        Assert.Contains("layer2.0.shortcut.conv.weight", model.PrunableTensors);
    }

    [Fact]
    public void Has_three_stages_of_n_blocks_where_block_0_of_stages_2_and_3_downsamples()
    {
        using var model = Create("32");
        StagesNameRealBlocks(model, 5, 5, 5);
        Assert.Equal(
            [[false, false, false, false, false], [true, false, false, false, false], [true, false, false, false, false]],
            model.Stages.Select(s => s.Blocks.Select(b => b.Downsamples).ToArray()).ToArray());
        var shapes = model.Network.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);
        Assert.Equal(new long[] { 32, 16, 3, 3 }, shapes["layer2.0.conv1.weight"]);
        Assert.Equal(new long[] { 64, 32, 1, 1 }, shapes["layer3.0.shortcut.conv.weight"]);
        Assert.Equal(new long[] { 10, 64 }, shapes["fc.weight"]);
    }

    [Fact]
    public void Backward_reaches_every_prunable_weight()
    {
        using var model = Create("8");
        BackwardReachesEveryPrunableWeight(model);
    }

    [Fact]
    public void Disposing_the_model_frees_its_tensors() => DisposingFreesEveryTensor(() => Create("20"));

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("21")]
    [InlineData("20-")]
    [InlineData("20-0")]
    [InlineData("20-16-1")]
    [InlineData("+20")]
    [InlineData("resnet20")]
    public void A_bad_variant_names_itself_and_the_accepted_forms(string variant)
    {
        var error = Assert.Throws<ArgumentException>(() => Create(variant));
        Assert.Contains($"'{variant}'", error.Message);
        Assert.Contains("depth 6n+2", error.Message);
        Assert.Contains("e.g. '20' or '20-16'", error.Message);
    }

    [Fact]
    public void A_bad_input_shape_or_class_count_is_rejected()
    {
        Assert.Contains("three positive sizes", Assert.Throws<ArgumentException>(() => Create("20", inputShape: [784])).Message);
        Assert.Contains("classes must be positive", Assert.Throws<ArgumentException>(() => Create("20", classes: 0)).Message);
    }
}
