namespace Lottery.Bench.Worker;

/// <summary>A workload set up once (then warmed up by the worker) and run repeatedly under the stopwatch.</summary>
public interface ITimedWorkload : IDisposable
{
    /// <summary>What one run processes: images for training and evaluation, 1 for a prune or a candidate.</summary>
    long ItemsPerRun { get; }

    void Run();
}
