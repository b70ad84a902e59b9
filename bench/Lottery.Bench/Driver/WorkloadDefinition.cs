namespace Lottery.Bench.Driver;

/// <summary>
/// One row of the results: its name, the worker request that measures it (the same line goes to each
/// implementation), how replies become a value, how many interleaved rounds, and its target. A workload with a
/// <see cref="Peer"/> is ours only and compared with that other request to our worker instead of PyTorch and C++.
/// </summary>
public sealed record WorkloadDefinition(string Name, string Request, Measure Measure, int Rounds, Target Target, Peer? Peer = null)
{
    /// <summary>Live native tensors are counted by our binding only; a workload with a peer of ours has no other side.</summary>
    public bool OursOnly => Measure == Measure.LiveTensorGrowth || Peer != null;

    /// <summary>A peak is a process's whole life: each round gets fresh workers.</summary>
    public bool FreshWorkers => Measure == Measure.PeakRss;
}

/// <summary>
/// What ours is compared with where PyTorch and C++ have no counterpart: the same work done another way by our own
/// worker (the sweep's points run one after another), named in the table and the samples.
/// </summary>
public sealed record Peer(string Name, string Request);
