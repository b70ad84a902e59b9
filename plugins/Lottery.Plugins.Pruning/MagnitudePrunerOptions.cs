using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Pruning;

/// <summary>Settings of the <c>magnitude</c> pruner (section <c>Lottery:Strategies:magnitude</c>).</summary>
public sealed class MagnitudePrunerOptions : IValidatableObject
{
    /// <summary>"global" (one threshold over all prunable tensors, open_lth's sparse_global) or "layerwise".</summary>
    public string Scope { get; set; } = "global";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The host's message already names the key and its value.
        if (!MagnitudeScopes.TryParse(Scope, out _)) yield return new ValidationResult(MagnitudeScopes.Expected, [nameof(Scope)]);
    }
}
