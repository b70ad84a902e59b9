namespace Lottery.Host.Training;

/// <summary>One mask update of dynamic sparse training: the step after which it ran, its drop fraction, and how many weights each tensor regrew (as many as it dropped).</summary>
public sealed record MaskUpdateReport(long Step, double DropFraction, IReadOnlyDictionary<string, long> Moved)
{
    /// <summary>
    /// A stage's listener to every method's updates at every level (null: none), narrowed to one method at one level,
    /// as a training's <see cref="MaskUpdating"/> takes it.
    /// </summary>
    public static Action<MaskUpdateReport>? For(Action<string, int, MaskUpdateReport>? listener, string method, int level) =>
        listener is null ? null : report => listener(method, level, report);
}
