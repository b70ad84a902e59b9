namespace Lottery.Host.Stages;

/// <summary>Several listeners on one stage (the console's lines, its progress bars, the metrics) as one progress record.</summary>
public static class ProgressCombination
{
    /// <summary>Both listeners, first then second, for every event.</summary>
    public static ImpProgress And(this ImpProgress first, ImpProgress second) => new(
        RunOpened: first.RunOpened + second.RunOpened,
        LevelStarted: first.LevelStarted + second.LevelStarted,
        Epoch: first.Epoch + second.Epoch,
        Warning: first.Warning + second.Warning,
        Step: first.Step + second.Step);

    /// <summary>Both listeners, first then second, for every event.</summary>
    public static PoolsProgress And(this PoolsProgress first, PoolsProgress second) => new(
        PoolStarted: first.PoolStarted + second.PoolStarted,
        PoolFinished: first.PoolFinished + second.PoolFinished,
        Warning: first.Warning + second.Warning,
        CandidateScored: first.CandidateScored + second.CandidateScored);
}
