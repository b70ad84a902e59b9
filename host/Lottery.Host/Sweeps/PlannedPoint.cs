namespace Lottery.Host.Sweeps;

/// <summary>
/// A point with its run directory, the fingerprint its finished run records, its state, when failed why, and its task as
/// the executor's scheduler reports it (none for points run on this machine).
/// </summary>
public sealed record PlannedPoint(SweepPoint Point, string RunDirectory, string Fingerprint, PointState State, string? Error = null, ScheduledTask? Task = null);
