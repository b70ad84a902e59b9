using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.Tests;

public sealed class StateDictTests
{
    [Fact]
    public void Keeps_names_in_the_order_first_set_and_names_a_missing_one()
    {
        using var state = new StateDict();
        state.Set("b", zeros(1));
        state.Set("a", zeros(1));
        state.Set("b", ones(1));

        Assert.Equal(["b", "a"], state.Names);
        Assert.Equal(2, state.Count);
        Assert.Equal(1f, state["b"].item<float>());
        Assert.False(state.Contains("c"));
        Assert.Contains("'c'", Assert.Throws<KeyNotFoundException>(() => state["c"]).Message);
    }

    [Fact]
    public void Set_frees_the_tensor_it_replaces_but_not_the_same_tensor_set_again()
    {
        using var state = new StateDict([KeyValuePair.Create("w", zeros(3))]);
        var first = state["w"];
        var live = LiveTensorCount;

        var second = ones(3);
        state.Set("w", second);
        state.Set("w", second);

        Assert.True(first.IsDisposed);
        Assert.False(second.IsDisposed);
        Assert.Equal(live, LiveTensorCount);
    }

    [Fact]
    public void Takes_its_tensors_out_of_the_dispose_scope_they_were_made_in()
    {
        StateDict state;
        using (NewDisposeScope()) state = new StateDict([KeyValuePair.Create("w", arange(3, ScalarType.Float32))]);

        using (state)
        {
            Assert.Equal([0f, 1f, 2f], state["w"].data<float>());
        }
        Assert.Equal(0, state.Count);
    }

    [Fact]
    public void FromModule_is_a_copy_that_later_training_does_not_change_and_LoadInto_brings_it_back()
    {
        using var layer = nn.Linear(2, 1);
        using var saved = StateDict.FromModule(layer);
        var before = saved["weight"].data<float>();

        var weight = layer.named_parameters().First(p => p.name == "weight").parameter;
        using (no_grad()) weight.add_(1);
        Assert.Equal(before, saved["weight"].data<float>());

        saved.LoadInto(layer);
        Assert.Equal(before, weight.data<float>());
    }

    [Fact]
    public void LoadInto_refuses_a_state_dict_missing_a_tensor_of_the_module()
    {
        using var layer = nn.Linear(2, 1);
        using var weightsOnly = new StateDict([KeyValuePair.Create("weight", zeros(1, 2))]);

        var error = Assert.Throws<InvalidOperationException>(() => weightsOnly.LoadInto(layer));

        Assert.Contains("bias", error.Message);
    }
}
