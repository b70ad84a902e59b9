namespace Lottery.Bench.Driver;

/// <summary>
/// One row of the results: its name, the worker request that measures it (the same line goes to each
/// implementation), how replies become a value, how many interleaved rounds, and its target.
/// </summary>
public sealed record WorkloadDefinition(string Name, string Request, Measure Measure, int Rounds, Target Target)
{
    /// <summary>Live native tensors are counted by our binding only.</summary>
    public bool OursOnly => Measure == Measure.LiveTensorGrowth;

    /// <summary>A peak is a process's whole life: each round gets fresh workers.</summary>
    public bool FreshWorkers => Measure == Measure.PeakRss;
}
