using Lottery.Host.Configuration;
using Lottery.Host.Sweeps;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Tests.Sweeps;

/// <summary>Lottery:Sweep expanded into points: the grid's product, explicit points, and what is refused, named.</summary>
public sealed class SweepGridTests
{
    [Fact]
    public void A_grid_is_the_product_of_its_lists_with_the_last_key_varying_fastest()
    {
        var points = Expand("""{"Grid": {"Experiment:Variant": ["14", "20"], "Training:Seed": [0, 1, 2]}}""");

        Assert.Equal(6, points.Count);
        Assert.Equal(Enumerable.Range(0, 6), points.Select(p => p.Index));
        Assert.Equal(
            ["Experiment:Variant=14 Training:Seed=0", "Experiment:Variant=14 Training:Seed=1", "Experiment:Variant=14 Training:Seed=2",
             "Experiment:Variant=20 Training:Seed=0", "Experiment:Variant=20 Training:Seed=1", "Experiment:Variant=20 Training:Seed=2"],
            points.Select(p => p.Label));
        Assert.Equal(["--Lottery:Experiment:Variant=20", "--Lottery:Training:Seed=2"], points[5].Overrides);
        Assert.Equal("Experiment:Variant=20", points[5].GroupLabel);
        Assert.Equal("2", points[5].Seed);
    }

    [Fact]
    public void Nested_keys_and_a_Lottery_prefix_name_the_same_settings_as_flat_keys()
    {
        var flat = Expand("""{"Grid": {"Training:Seed": [0, 1]}}""");
        var nested = Expand("""{"Grid": {"Training": {"Seed": [0, 1]}}}""");
        var prefixed = Expand("""{"Grid": {"Lottery:Training:Seed": [0, 1]}}""");

        Assert.Equal(flat.Select(p => p.Label), nested.Select(p => p.Label));
        Assert.Equal(flat.Select(p => p.Label), prefixed.Select(p => p.Label));
    }

    [Fact]
    public void Explicit_points_are_crossed_with_the_grid_and_may_set_structured_values()
    {
        var points = Expand("""
            {"Points": [
               {"Experiment": {"Variant": "8"}, "Transform": {"Transfers": [{"TargetVariant": "14", "Transformer": "stretch-append"}]}},
               {"Experiment:Variant": "14"}],
             "Grid": {"Training:Seed": [0, 1]}}
            """);

        Assert.Equal(4, points.Count);
        Assert.Equal(
            ["Experiment:Variant=8 Transform:Transfers:0:TargetVariant=14 Transform:Transfers:0:Transformer=stretch-append Training:Seed=0",
             "Experiment:Variant=8 Transform:Transfers:0:TargetVariant=14 Transform:Transfers:0:Transformer=stretch-append Training:Seed=1",
             "Experiment:Variant=14 Training:Seed=0", "Experiment:Variant=14 Training:Seed=1"],
            points.Select(p => p.Label));
    }

    [Theory]
    [InlineData("""{"Grid": {"Training:Seed": []}}""", "Lottery:Sweep:Grid:Training:Seed is an empty list: expected at least one value")]
    [InlineData("""{"Grid": {"Training:Seed": 3}}""", "Lottery:Sweep:Grid:Training:Seed = '3' is invalid: expected a list of values")]
    [InlineData("""{"Grid": {"Training:Seed": [[0, 1]]}}""", "Lottery:Sweep:Grid:Training:Seed:0 is not a single value")]
    [InlineData("""{"Grid": {"Training:Seed": [0]}, "Points": [{"Training:Seed": 1}]}""", "Lottery:Sweep:Grid:Training:Seed is also set by Lottery:Sweep:Points (Training:Seed)")]
    [InlineData("""{"Points": ["lenet"]}""", "Lottery:Sweep:Points:0 = 'lenet' is invalid: expected an object of settings")]
    public void Grids_that_name_no_values_are_refused_naming_the_key(string sweep, string message)
    {
        var error = Assert.Throws<ConfigurationError>(() => Expand(sweep));
        Assert.StartsWith(message, error.Message);
    }

    private static IReadOnlyList<SweepPoint> Expand(string sweep)
    {
        var json = "{\"Lottery\": {\"Sweep\": " + sweep + "}}";
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        return SweepGrid.Expand(configuration);
    }
}
