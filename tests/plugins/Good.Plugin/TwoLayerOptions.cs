namespace Lottery.TestPlugins.Good;

/// <summary>Lottery:Strategies:test-two-layer.</summary>
public sealed class TwoLayerOptions
{
    public bool Bias { get; set; } = true;
}
