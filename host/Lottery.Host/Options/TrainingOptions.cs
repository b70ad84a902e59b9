using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>Lottery:Training: the schedule every level trains with.</summary>
public sealed class TrainingOptions
{
    [Range(1, 100_000, ErrorMessage = "expected a positive integer")]
    public int Epochs { get; set; } = 2;

    [Range(1, 1_000_000, ErrorMessage = "expected a positive integer")]
    public int BatchSize { get; set; } = 128;

    [OneOf("sgd", "adam", "adamw")]
    public string Optimizer { get; set; } = "sgd";

    [Range(1e-12, 100, ErrorMessage = "expected a positive number")]
    public double LearningRate { get; set; } = 0.1;

    [Range(0, 1 - 1e-12, ErrorMessage = "expected a number in [0, 1)")]
    public double Momentum { get; set; }

    [Range(0, 1, ErrorMessage = "expected a number in [0, 1]")]
    public double WeightDecay { get; set; }

    /// <summary>Seeds initialisation, data order and the validation split.</summary>
    [Range(0, long.MaxValue, ErrorMessage = "expected a non-negative integer")]
    public long Seed { get; set; }

    /// <summary>Training-time augmentation where the dataset defines one.</summary>
    public bool Augment { get; set; }
}
