namespace Lottery.Host.Sweeps;

/// <summary>
/// A point's task as a cluster's scheduler reports it: its id there ("123_4"), the scheduler's own state word
/// ("PENDING", "RUNNING", "COMPLETED") and the reason it gives for it, if any. Queued: the scheduler still holds the task
/// (queued, running or requeued), so the point counts as running and is not submitted again.
/// </summary>
public sealed record ScheduledTask(string Scheduler, string Id, string State, string? Reason, bool Queued)
{
    public override string ToString() => $"{Scheduler} {Id} {State}{(Reason is { Length: > 0 } ? $" ({Reason})" : "")}";
}
