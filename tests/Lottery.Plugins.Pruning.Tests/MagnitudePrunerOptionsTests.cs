using System.ComponentModel.DataAnnotations;
using Lottery.Contracts.Pruning;
using Lottery.Plugins.Tests;

namespace Lottery.Plugins.Pruning.Tests;

public sealed class MagnitudePrunerOptionsTests
{
    private static List<ValidationResult> Validate(MagnitudePrunerOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Theory]
    [InlineData("global")]
    [InlineData("layerwise")]
    [InlineData("Layerwise")]
    public void Both_scopes_are_accepted(string scope)
    {
        Assert.Empty(Validate(new MagnitudePrunerOptions { Scope = scope }));
        _ = new MagnitudePruner(new MagnitudePrunerOptions { Scope = scope });
    }

    [Fact]
    public void The_default_scope_is_global()
    {
        Assert.Equal("global", new MagnitudePrunerOptions().Scope);
    }

    [Fact]
    public void An_unknown_scope_is_named_with_the_accepted_ones()
    {
        var options = new MagnitudePrunerOptions { Scope = "per-layer" };
        var result = Assert.Single(Validate(options));
        Assert.Equal([nameof(MagnitudePrunerOptions.Scope)], result.MemberNames);
        Assert.StartsWith("expected 'global'", result.ErrorMessage);
        Assert.Contains("or 'layerwise'", result.ErrorMessage);
        Assert.Contains("Scope 'per-layer' is invalid: expected 'global'", Assert.Throws<ArgumentException>(() => new MagnitudePruner(options)).Message);
    }

    [Fact]
    public void The_plugin_registers_the_magnitude_pruner_and_the_baselines()
    {
        var registry = new RecordingRegistry();
        new PruningPlugin().Register(registry);
        Assert.Equal((typeof(IPruner), "magnitude", typeof(MagnitudePruner), typeof(MagnitudePrunerOptions)), registry.Registered[0]);
        Assert.Equal(["magnitude", "random", "random-global", "oneshot-magnitude", "snip", "grasp", "synflow"], registry.Registered.Select(r => r.Name));
        Assert.All(registry.Registered, r => Assert.Equal(typeof(IPruner), r.Contract));
    }
}
