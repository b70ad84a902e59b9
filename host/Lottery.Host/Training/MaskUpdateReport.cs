namespace Lottery.Host.Training;

/// <summary>One mask update of dynamic sparse training: the step after which it ran, its drop fraction, and how many weights each tensor regrew (as many as it dropped).</summary>
public sealed record MaskUpdateReport(long Step, double DropFraction, IReadOnlyDictionary<string, long> Moved);
