using Lottery.Contracts.Architectures;
using Lottery.Plugins.Vision.Architectures;

namespace Lottery.Plugins.Vision.Tests;

public sealed class LeNetArchitectureTests
{
    private static ArchitectureModel Create(string variant, long[]? inputShape = null, int classes = 10) =>
        new LeNetArchitecture(new LeNetOptions()).Create(new ArchitectureSpec(LeNetArchitecture.Name, variant, inputShape ?? [1, 28, 28], classes));

    [Fact]
    public void LeNet_300_100_has_the_reference_parameter_count()
    {
        using var model = Create("300-100");
        Assert.Equal(266_610, model.Network.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Every_linear_weight_is_prunable_and_the_last_is_the_output_layer()
    {
        using var model = Create("300-100");
        Assert.Equal(["layers.1.weight", "layers.3.weight", "layers.5.weight"], model.PrunableTensors);
        Assert.Equal(["layers.5.weight"], model.OutputLayerTensors);
        Assert.Empty(model.Stages);
        var parameters = model.Network.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);
        Assert.Equal(new long[] { 300, 784 }, parameters["layers.1.weight"]);
        Assert.Equal(new long[] { 10, 100 }, parameters["layers.5.weight"]);
    }

    [Fact]
    public void The_input_is_flattened_from_the_spec_and_the_classes_size_the_output()
    {
        using var scope = NewDisposeScope();
        using var model = Create("100", inputShape: [3, 4, 5], classes: 7);
        Assert.Equal(["layers.1.weight", "layers.3.weight"], model.PrunableTensors);
        Assert.Equal(new long[] { 2, 7 }, model.Network.call(randn(2, 3, 4, 5)).shape);
    }

    [Fact]
    public void Disposing_the_model_frees_its_tensors()
    {
        var before = LiveTensorCount;
        Create("300-100").Dispose();
        Assert.Equal(before, LiveTensorCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("300-")]
    [InlineData("300--100")]
    [InlineData("0")]
    [InlineData("lenet-300")]
    [InlineData("+300")]
    [InlineData("300x100")]
    public void A_bad_variant_names_itself_and_the_accepted_form(string variant)
    {
        var error = Assert.Throws<ArgumentException>(() => Create(variant));
        Assert.Contains($"'{variant}'", error.Message);
        Assert.Contains("widths joined by '-', e.g. '300-100'", error.Message);
    }

    [Fact]
    public void A_bad_input_shape_or_class_count_is_rejected()
    {
        Assert.Contains("input shape", Assert.Throws<ArgumentException>(() => Create("100", inputShape: [])).Message);
        Assert.Contains("classes must be positive", Assert.Throws<ArgumentException>(() => Create("100", classes: 0)).Message);
    }
}
