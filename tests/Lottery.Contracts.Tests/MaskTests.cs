using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.Tests;

public sealed class MaskTests
{
    [Fact]
    public void Takes_only_bool_tensors_and_names_the_one_that_is_not()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ArgumentException>(() => new Mask([KeyValuePair.Create("fc.weight", ones([2, 2]))]));

        Assert.Contains("mask tensor 'fc.weight' must be bool, got Float32", error.Message);
    }

    [Fact]
    public void Density_is_kept_over_covered_weights_across_tensors_and_one_for_a_mask_over_nothing()
    {
        using var mask = Masks.Of(("a", [true, false, true, false]), ("b", [false, false, false, true, true, true]));
        using var empty = new Mask([]);

        Assert.Equal((5L, 10L), mask.Count());
        Assert.Equal(0.5, mask.Density);
        Assert.Equal((0L, 0L), empty.Count());
        Assert.Equal(1.0, empty.Density);
    }

    [Fact]
    public void KeepAll_covers_only_the_named_tensors_shaped_like_their_weights()
    {
        using var weights = new StateDict([KeyValuePair.Create("fc.weight", randn(3, 2)), KeyValuePair.Create("fc.bias", randn(3))]);

        using var mask = Mask.KeepAll(weights, ["fc.weight"]);

        Assert.Equal(["fc.weight"], mask.Names);
        Assert.Equal([3L, 2L], mask["fc.weight"].shape);
        Assert.Equal(1.0, mask.Density);
    }

    [Fact]
    public void ApplyTo_zeroes_the_pruned_weights_in_place_without_recording_a_gradient()
    {
        using var layer = nn.Linear(2, 2, hasBias: false);
        var weight = layer.named_parameters().Single().parameter;
        using (no_grad()) weight.copy_(tensor(new float[] { 1, 2, 3, 4 }, [2, 2]));
        using var mask = new Mask([KeyValuePair.Create("weight", tensor(new[] { true, false, false, true }, [2, 2]))]);

        mask.ApplyTo(layer);

        Assert.Equal([1f, 0f, 0f, 4f], weight.flatten().data<float>());
        Assert.True(weight.is_leaf, "masking recorded a gradient: the weight is no longer a leaf");
        Assert.True(weight.requires_grad);
    }

    [Fact]
    public void ApplyTo_refuses_a_mask_naming_a_tensor_the_model_does_not_have()
    {
        using var layer = nn.Linear(2, 2, hasBias: false);
        using var mask = Masks.Of(("other.weight", [true, false, false, true]));

        var error = Assert.Throws<KeyNotFoundException>(() => mask.ApplyTo(layer));

        Assert.Contains("'other.weight'", error.Message);
    }

    [Fact]
    public void A_clone_owns_its_tensors_apart_from_the_original()
    {
        var live = LiveTensorCount;
        var original = Masks.Of(("w", [true, false, true]));

        using var clone = original.Clone();
        clone["w"].logical_not_();
        Assert.Equal([true, false, true], original["w"].data<bool>());
        original.Dispose();

        Assert.Equal([false, true, false], clone["w"].data<bool>());
        Assert.Equal(live + 1, LiveTensorCount);
    }
}
