namespace Lottery.Host.Sweeps;

/// <summary>A point with its run directory, the fingerprint its finished run records, its state and, when failed, why.</summary>
public sealed record PlannedPoint(SweepPoint Point, string RunDirectory, string Fingerprint, PointState State, string? Error = null);
