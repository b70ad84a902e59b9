namespace Lottery.Plugins.Pruning;

/// <summary>Where magnitude pruning compares weights.</summary>
public enum MagnitudeScope
{
    /// <summary>One threshold over all covered tensors: layers end up with different densities.</summary>
    Global,

    /// <summary>Each tensor keeps the same fraction of its live weights.</summary>
    Layerwise,
}

/// <summary>The option text of a <see cref="MagnitudeScope"/>: "global" or "layerwise".</summary>
public static class MagnitudeScopes
{
    /// <summary>What a Scope may be, for messages that name the bad value themselves.</summary>
    public const string Expected =
        "expected 'global' (one threshold over all prunable tensors) or 'layerwise' (the same fraction kept in every tensor)";

    public static bool TryParse(string? text, out MagnitudeScope scope) => EnumOption.TryParse(text, out scope);

    public static MagnitudeScope Parse(string? text) => EnumOption.Parse<MagnitudeScope>(text, "Scope", Expected);
}
