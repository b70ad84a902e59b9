namespace Lottery.Bench.Driver;

/// <summary>A failure the driver reports as one line and an exit code: 2 for an unusable setup (no CUDA), else 1.</summary>
public sealed class BenchException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
