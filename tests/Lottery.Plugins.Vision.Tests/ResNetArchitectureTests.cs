using Lottery.Contracts.Architectures;
using Lottery.Plugins.Vision.Architectures;
using static Lottery.Plugins.Vision.Tests.ArchitectureAssertions;

namespace Lottery.Plugins.Vision.Tests;

public sealed class ResNetArchitectureTests
{
    private static ArchitectureModel Create(string variant, string stem = "cifar", long[]? inputShape = null, int classes = 10) =>
        new ResNetArchitecture(new ResNetOptions { Stem = stem })
            .Create(new ArchitectureSpec(ResNetArchitecture.Name, variant, inputShape ?? [3, 32, 32], classes));

    // Counted on PyTorch reference models (3 channels). With the ImageNet stem and 1000 classes the same models give
    // torchvision's resnet18 and resnet34 counts (11,689,512 and 21,797,672); the CIFAR stem swaps the 7x7 stem
    // conv (9,408 weights) for a 3x3 one (1,728); 10 classes instead of 1000 drop 990 * 513 fc parameters.
    [Theory]
    [InlineData("18", "cifar", 10, 11_173_962)]
    [InlineData("18", "cifar", 100, 11_220_132)]
    [InlineData("18", "imagenet", 10, 11_181_642)]
    [InlineData("18", "imagenet", 1000, 11_689_512)]
    [InlineData("26", "cifar", 10, 18_551_370)]
    [InlineData("26", "imagenet", 10, 18_559_050)]
    [InlineData("34", "cifar", 10, 21_282_122)]
    [InlineData("34", "imagenet", 1000, 21_797_672)]
    public void Has_the_reference_parameter_count(string variant, string stem, int classes, long expected)
    {
        using var model = Create(variant, stem, classes: classes);
        Assert.Equal(expected, ParameterCount(model));
    }

    [Theory]
    [InlineData("cifar", 1, 28, 28)]
    [InlineData("cifar", 3, 32, 32)]
    [InlineData("imagenet", 1, 28, 28)]
    [InlineData("imagenet", 3, 32, 32)]
    public void Gives_class_scores_for_grayscale_and_colour_images(string stem, long channels, long height, long width)
    {
        using var model = Create("18", stem, [channels, height, width], classes: 7);
        ForwardGivesClassScores(model);
    }

    [Fact]
    public void The_imagenet_stem_has_a_7x7_strided_conv_and_a_max_pool()
    {
        using var cifar = Create("18");
        using var imagenet = Create("18", "ImageNet");
        Assert.Equal(["conv", "bn", "relu"], cifar.Network.named_modules().Where(m => m.name.StartsWith("stem.", StringComparison.Ordinal)).Select(m => m.name[5..]));
        Assert.Equal(["conv", "bn", "relu", "pool"], imagenet.Network.named_modules().Where(m => m.name.StartsWith("stem.", StringComparison.Ordinal)).Select(m => m.name[5..]));
        Assert.Equal(new long[] { 64, 3, 7, 7 }, imagenet.Network.named_parameters().Single(p => p.name == "stem.conv.weight").parameter.shape);
    }

    [Fact]
    public void Prunes_conv_and_linear_weights_and_names_fc_the_output_layer()
    {
        using var model = Create("18");
        PrunesConvAndLinearWeightsOnly(model, "fc.weight");
        // Stem, 2 convs in each of 8 blocks, shortcut convs of stages 2 to 4, fc.
        Assert.Equal(1 + 16 + 3 + 1, model.PrunableTensors.Count);
    }

    [Theory]
    [InlineData("18", new[] { 2, 2, 2, 2 })]
    [InlineData("26", new[] { 2, 3, 4, 3 })]
    [InlineData("34", new[] { 3, 4, 6, 3 })]
    public void Has_four_stages_where_block_0_of_stages_2_to_4_downsamples(string variant, int[] blocksPerStage)
    {
        using var model = Create(variant);
        StagesNameRealBlocks(model, blocksPerStage);
        var names = model.Network.named_parameters().Select(p => p.name).ToList();
        Assert.All(model.Stages.SelectMany(s => s.Blocks), block =>
            Assert.Equal(names.Contains(block.Prefix + "shortcut.conv.weight"), block.Downsamples));
        Assert.Equal([false, true, true, true], model.Stages.Select(s => s.Blocks[0].Downsamples));
    }

    [Fact]
    public void Backward_reaches_every_prunable_weight()
    {
        using var model = Create("18", "imagenet", [1, 28, 28]);
        BackwardReachesEveryPrunableWeight(model);
    }

    [Fact]
    public void Disposing_the_model_frees_its_tensors() => DisposingFreesEveryTensor(() => Create("18"));

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("50")]
    [InlineData("18-64")]
    public void A_bad_variant_names_itself_and_the_accepted_forms(string variant)
    {
        var error = Assert.Throws<ArgumentException>(() => Create(variant));
        Assert.Contains($"'{variant}'", error.Message);
        Assert.Contains("'18', '26', '34'", error.Message);
    }
}
