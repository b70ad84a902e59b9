namespace Lottery.Host.Sweeps;

/// <summary>Runs a sweep's points that are left to do: on this machine, or handed to a cluster's scheduler.</summary>
public interface ISweepExecutor
{
    /// <summary>The Lottery:Sweep:Executor value that selects it.</summary>
    string Name { get; }

    /// <summary>
    /// Runs (or submits) the points; returns when they ended (local) or were submitted (a scheduler). Cancelling stop asks
    /// running points to checkpoint and stop, then ends with <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <returns>Whether every point ran here and finished, so the sweep can be aggregated now.</returns>
    bool Run(SweepPlan plan, IReadOnlyList<PlannedPoint> points, TextWriter output, TextWriter error, CancellationToken stop);

    /// <summary>
    /// The sweep's tasks its scheduler knows of, by point number: where a point stands beyond its run directory (a task
    /// waiting in a queue holds no lock there yet).
    /// </summary>
    IReadOnlyDictionary<int, ScheduledTask> Tasks(SweepFolder folder);
}
