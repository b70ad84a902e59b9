using System.ComponentModel.DataAnnotations;

namespace Lottery.TestPlugins.Good;

/// <summary>Lottery:Strategies:test-blobs.</summary>
public sealed class BlobsOptions
{
    [Range(1, 100_000, ErrorMessage = "expected a count from 1 to 100000")]
    public int TrainExamples { get; set; } = 256;

    [Range(1, 100_000, ErrorMessage = "expected a count from 1 to 100000")]
    public int EvaluationExamples { get; set; } = 64;
}
