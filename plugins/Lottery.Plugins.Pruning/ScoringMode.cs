namespace Lottery.Plugins.Pruning;

/// <summary>The module mode SNIP and GraSP run the model in while they score.</summary>
public enum ScoringMode
{
    /// <summary>BatchNorm normalises with its running statistics and leaves them alone (Synaptic-Flow, ElasticLTH).</summary>
    Eval,

    /// <summary>BatchNorm normalises each batch with its own statistics, so the scores depend on how the batches fall.</summary>
    Train,
}

/// <summary>The option text of a <see cref="ScoringMode"/>: "eval" or "train".</summary>
public static class ScoringModes
{
    /// <summary>What a Mode may be, for messages that name the bad value themselves.</summary>
    public const string Expected =
        "expected 'eval' (BatchNorm uses its running statistics, as the official code scores) or 'train' (BatchNorm uses each batch's statistics)";

    public static bool TryParse(string? text, out ScoringMode mode) => EnumOption.TryParse(text, out mode);

    public static ScoringMode Parse(string? text) => EnumOption.Parse<ScoringMode>(text, "Mode", Expected);
}
