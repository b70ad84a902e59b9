using System.Text.Json.Serialization;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// One epoch of one level: training loss, and validation and test accuracy and loss after it. Without a validation split
/// (a dataset's ValidationSize 0, open_lth's protocol) there is nothing to measure there: validation's are null.
/// </summary>
public sealed record EpochResult(
    int Level,
    int Epoch,
    double TrainLoss,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ValidationAccuracy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ValidationLoss,
    double TestAccuracy,
    double TestLoss,
    TimeSpan Elapsed);

/// <summary>A finished level: its density and the epochs it trained.</summary>
public sealed record LevelResult(int Level, double Density, IReadOnlyList<EpochResult> Epochs)
{
    public EpochResult Final => Epochs[^1];

    /// <summary>
    /// The epoch whose weights best.safetensors holds: the first of the highest validation accuracy or, without a
    /// validation split to choose by, the final one (as <see cref="LevelTrainer"/> saves them).
    /// </summary>
    public EpochResult BestValidation => Final.ValidationAccuracy == null ? Final : Epochs.MaxBy(e => e.ValidationAccuracy)!;
}
