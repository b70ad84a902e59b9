namespace Lottery.Host.Experiments;

/// <summary>Several listeners on one run (the console's lines, its progress bars, the metrics) as one <see cref="ImpProgress"/>.</summary>
public static class ImpProgressCombination
{
    /// <summary>Both listeners, first then second, for every event.</summary>
    public static ImpProgress And(this ImpProgress first, ImpProgress second) => new(
        RunOpened: first.RunOpened + second.RunOpened,
        LevelStarted: first.LevelStarted + second.LevelStarted,
        Epoch: first.Epoch + second.Epoch,
        Warning: first.Warning + second.Warning,
        Step: first.Step + second.Step);
}
