using System.Text.Json.Nodes;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests.SparseTraining;

/// <summary>summary.json's "sparseTraining" part: each method's levels, shaped as the "imp" part's.</summary>
public sealed class SparseTrainingSummaryTests
{
    private static readonly LevelSummary ImpLevel = new(1, 0.8, 0.71, 0.7, 0.72, 0.69);

    [Fact]
    public void Each_method_lists_its_levels_as_imp_does_and_reads_back_the_same()
    {
        var sparse = new SparseTrainingSummary([
            new SparseTrainingMethod("set", [new LevelSummary(1, 0.8, 0.6, 0.61, 0.62, 0.63), new LevelSummary(2, 0.64, null, 0.5, null, 0.52)]),
            new SparseTrainingMethod("rigl", [new LevelSummary(1, 0.8, 0.65, 0.66, 0.67, 0.68)])]);
        var summary = new RunSummary("dst", "runs/dst", new ImpSummary([ImpLevel])) { SparseTraining = sparse };

        var json = JsonNode.Parse(summary.ToJson())!;
        var set = json["sparseTraining"]!["methods"]![0]!;
        Assert.Equal("set", (string?)set["method"]);
        Assert.Equal(JsonNode.Parse(summary.ToJson())!["imp"]!["levels"]![0]!.AsObject().Select(p => p.Key), set["levels"]![0]!.AsObject().Select(p => p.Key));
        Assert.Null(set["levels"]![1]!["valAccuracy"]);

        var read = RunSummary.Parse(summary.ToJson());
        Assert.Equal(summary.Rows(), read.Rows());
        Assert.Equal(["imp", "set", "set", "rigl"], read.Rows().Select(r => r.Method));
    }
}
