namespace Lottery.Bench.Driver;

/// <summary>The three sides of every comparison, in the order each round runs them.</summary>
public enum Implementation
{
    /// <summary>This framework: Lottery.Torch and the plugins, through their public API.</summary>
    Ours,

    /// <summary>A Python script on Debian's python3-torch (the same libtorch).</summary>
    PyTorch,

    /// <summary>A C++ program on torch::nn (the same libtorch): the engine's own ceiling.</summary>
    Cpp,
}

public static class Implementations
{
    public static readonly IReadOnlyList<Implementation> All = [Implementation.Ours, Implementation.PyTorch, Implementation.Cpp];

    /// <summary>The names the command line and the JSON use: ours, pytorch, cpp.</summary>
    public static string Key(this Implementation implementation) => implementation.ToString().ToLowerInvariant();

    public static Implementation Parse(string text)
    {
        var key = text.Trim().ToLowerInvariant();
        foreach (var implementation in All)
        {
            if (implementation.Key() == key) return implementation;
        }
        throw new ArgumentException($"unknown implementation '{text}': expected ours, pytorch or cpp");
    }
}
