namespace Lottery.Bench.Driver;

/// <summary>How much to measure: the sizes (full), a few-minute version (quick), or one tiny run each (tiny, tests).</summary>
public enum BenchMode
{
    Quick,
    Full,
    Tiny,
}

public static class BenchModes
{
    public static BenchMode Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "quick" => BenchMode.Quick,
        "full" => BenchMode.Full,
        "tiny" => BenchMode.Tiny,
        _ => throw new ArgumentException($"--mode '{text}' is invalid: expected quick, full or tiny"),
    };
}
