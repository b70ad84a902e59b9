using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>Lottery:Training: the schedule every level trains with.</summary>
public sealed class TrainingOptions
{
    /// <summary>How long each level trains: "2ep", "1000it", "2ep100it".</summary>
    [StepCount]
    public string Duration { get; set; } = "2ep";

    [Range(1, 1_000_000, ErrorMessage = "expected a positive integer")]
    public int BatchSize { get; set; } = 128;

    [OneOf("sgd", "adam", "adamw")]
    public string Optimizer { get; set; } = "sgd";

    [Range(1e-12, 100, ErrorMessage = "expected a positive number")]
    public double LearningRate { get; set; } = 0.1;

    [Range(0, 1 - 1e-12, ErrorMessage = "expected a number in [0, 1)")]
    public double Momentum { get; set; }

    [Range(0.0, 1.0, ErrorMessage = "expected a number in [0, 1]")]
    public double WeightDecay { get; set; }

    /// <summary>constant, multistep (x Gamma at each milestone) or cosine (to 0 at the end).</summary>
    [OneOf("constant", "multistep", "cosine")]
    public string Schedule { get; set; } = "constant";

    /// <summary>Where a multistep schedule multiplies the rate by Gamma, e.g. ["80ep", "120ep"].</summary>
    [StepCount]
    public List<string> Milestones { get; set; } = new();

    [Range(1e-9, 1, ErrorMessage = "expected a factor in (0, 1]")]
    public double Gamma { get; set; } = 0.1;

    /// <summary>Linear warmup from 0 to the rate over this long ("0it": none), then the schedule.</summary>
    [StepCount]
    public string Warmup { get; set; } = "0it";

    /// <summary>Seeds initialisation, data order and the validation split.</summary>
    [Range(0, long.MaxValue, ErrorMessage = "expected a non-negative integer")]
    public long Seed { get; set; }

    /// <summary>Training-time augmentation where the dataset defines one.</summary>
    public bool Augment { get; set; }
}
