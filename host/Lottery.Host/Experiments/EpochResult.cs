namespace Lottery.Host.Experiments;

/// <summary>One epoch of one level: training loss, and validation and test accuracy and loss after it.</summary>
public sealed record EpochResult(
    int Level,
    int Epoch,
    double TrainLoss,
    double ValidationAccuracy,
    double ValidationLoss,
    double TestAccuracy,
    double TestLoss,
    TimeSpan Elapsed);

/// <summary>A finished level: its density and the epochs it trained.</summary>
public sealed record LevelResult(int Level, double Density, IReadOnlyList<EpochResult> Epochs)
{
    public EpochResult Final => Epochs[^1];

    public EpochResult BestValidation => Epochs.MaxBy(e => e.ValidationAccuracy)!;
}
