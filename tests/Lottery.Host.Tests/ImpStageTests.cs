using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Torch.Serialization;

namespace Lottery.Host.Tests;

/// <summary>IMP with rewinding on the real Fashion-MNIST through the real host and built-in plugins.</summary>
[Collection(GlobalRandomUsersCollection.Name)]
public sealed class ImpStageTests : IDisposable
{
    private readonly string runs = Directory.CreateTempSubdirectory("imp-tests-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public void Three_levels_of_IMP_with_rewinding_to_step_100()
    {
        // examples/quick-imp.json (LeNet-300-100, 3 levels, rewind to iteration 100), with 2 epochs per level.
        var run = InProcessHost.RunImp(runs, "--Lottery:Training:Duration=2ep");

        // Densities (1 - p)^L of the prunable weights to four places (the output layer stays dense); the exact counts are
        // pinned by Each_level_prunes_ceil_of_the_fraction_of_the_weights_alive.
        Assert.Equal(new[] { 1.0, 0.8, 0.64, 0.512 }, run.Levels.Select(l => Math.Round(l.Density, 4)));
        // The dense network reaches the demo's bar, and 51% density stays within 2 points of it.
        var dense = run.Levels[0].Final.TestAccuracy;
        Assert.True(dense >= 0.82, $"dense test accuracy {dense:P2}");
        Assert.True(run.Levels[3].Final.TestAccuracy >= dense - 0.02, $"51.2% density: {run.Levels[3].Final.TestAccuracy:P2} vs dense {dense:P2}");

        using var scope = NewDisposeScope();
        using var rewind0 = SafeTensors.Load(Path.Combine(run.Directory.Level(0).RewindPath));
        for (var level = 1; level <= 3; level++)
        {
            var directory = run.Directory.Level(level);
            using var mask = SafeTensors.Load(directory.MaskPath);
            using var rewind = SafeTensors.Load(directory.RewindPath);
            using var final = SafeTensors.Load(directory.FinalPath);
            using var previousMask = SafeTensors.Load(run.Directory.Level(level - 1).MaskPath);
            foreach (var (name, keep) in mask.Tensors)
            {
                // Pruned weights are exactly zero after training, and masks only ever shrink.
                Assert.Equal(0L, final.Tensors[name].masked_select(keep.logical_not()).count_nonzero().item<long>());
                Assert.Equal(0L, keep.logical_and(previousMask.Tensors[name].logical_not()).count_nonzero().item<long>());
                // The level starts from level 0's rewind weights, masked.
                Assert.True(rewind.Tensors[name].eq(rewind0.Tensors[name].mul(keep)).all().item<bool>(), $"level {level} {name} did not start from the rewind weights");
            }
        }

        var summary = RunSummary.Parse(File.ReadAllText(run.Directory.SummaryPath));
        Assert.Equal(run.Directory.Path, summary.RunDir);
        Assert.Equal(4, summary.Imp.Levels.Count);
        Assert.Equal(run.Levels[2].Final.TestAccuracy, summary.Imp.Levels[2].TestAccuracy);
        var csv = File.ReadAllLines(Path.Combine(run.Directory.Path, "results.csv"));
        Assert.Equal("method,level,density,valAccuracy,testAccuracy,bestValAccuracy,bestTestAccuracy", csv[0]);
        Assert.Equal(5, csv.Length);
        var html = File.ReadAllText(Path.Combine(run.Directory.Path, "report.html"));
        Assert.Contains("<svg", html);
        Assert.Contains("<polyline", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Adding_levels_continues_the_same_run_without_redoing_finished_levels()
    {
        var first = InProcessHost.RunImp(runs, "--Lottery:Experiment:Levels=1", "--Lottery:Training:Duration=1ep");
        var finished = Directory.GetFiles(first.Directory.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var second = InProcessHost.RunImp(runs, "--Lottery:Experiment:Levels=2", "--Lottery:Training:Duration=1ep");
        Assert.Equal(first.Directory.Path, second.Directory.Path);
        Assert.Equal(3, second.Levels.Count);
        foreach (var (file, written) in finished.Where(f => f.Key.Contains("level_0") || f.Key.Contains("level_1")))
        {
            Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        }
        Assert.Equal(first.Levels[1].Final.TestAccuracy, second.Levels[1].Final.TestAccuracy);
        Assert.True(File.Exists(second.Directory.Level(2).FinalPath));
    }

    [Fact]
    public void Each_level_prunes_ceil_of_the_fraction_of_the_weights_alive()
    {
        // LeNet-10 keeps its output layer dense: fc1's 7840 weights are covered. A few steps on a few hundred images:
        // only the counts matter here.
        var run = InProcessHost.RunImp(runs, "--Lottery:Experiment:Variant=10", "--Lottery:Experiment:RewindStep=0it", "--Lottery:Training:Duration=2it",
            "--Lottery:Strategies:fashion-mnist:TrainSubset=600", "--Lottery:Strategies:fashion-mnist:ValidationSize=100", "--Lottery:Strategies:fashion-mnist:TestSubset=100");
        var kept = Enumerable.Range(0, 4).Select(level =>
        {
            using var mask = SavedWeights.LoadMask(run.Directory.Level(level).MaskPath);
            var (alive, total) = mask.Count();
            Assert.Equal(7840, total);
            return alive;
        }).ToList();
        // numpy's ceil(0.2 * remaining) per level: 1568, 1255, 1004 (rounding (1 - p)^L would keep 5018 and 4014).
        Assert.Equal([7840L, 6272, 5017, 4013], kept);
        Assert.Equal([1568L, 1255, 1004], kept.Zip(kept.Skip(1), (before, after) => before - after));
        Assert.Equal(kept.Select(k => k / 7840.0), run.Levels.Select(l => l.Density));
    }

    [Fact]
    public void A_different_setting_gets_a_different_run_directory()
    {
        var a = InProcessHost.RunImp(runs, "--Lottery:Experiment:Levels=0", "--Lottery:Experiment:RewindStep=0it", "--Lottery:Training:Duration=10it", "--Lottery:Strategies:fashion-mnist:ValidationSize=50000");
        var b = InProcessHost.RunImp(runs, "--Lottery:Experiment:Levels=0", "--Lottery:Experiment:RewindStep=0it", "--Lottery:Training:Duration=11it", "--Lottery:Strategies:fashion-mnist:ValidationSize=50000");
        Assert.NotEqual(a.Directory.Path, b.Directory.Path);
        Assert.StartsWith(Path.Combine(runs, "quick-imp-"), a.Directory.Path);
    }

    [Fact]
    public void Without_a_validation_split_every_level_reports_no_validation_accuracy_and_its_best_weights_are_its_final_ones()
    {
        // ValidationSize 0: open_lth's protocol, every training image trains.
        var run = InProcessHost.RunImp(runs, "--Lottery:Experiment:Levels=1", "--Lottery:Experiment:RewindStep=0it", "--Lottery:Training:Duration=3ep",
            "--Lottery:Strategies:fashion-mnist:ValidationSize=0", "--Lottery:Strategies:fashion-mnist:TrainSubset=500", "--Lottery:Strategies:fashion-mnist:TestSubset=200");

        foreach (var level in run.Levels.Select(l => run.Directory.Level(l.Level).ReadRecord()))
        {
            Assert.Equal(3, level.Epochs.Count);
            Assert.All(level.Epochs, e => Assert.Equal((null, null), (e.ValidationAccuracy, e.ValidationLoss)));
            Assert.All(level.Epochs, e => Assert.InRange(e.TestAccuracy, 0.2, 1.0));
            // Nothing chooses one epoch over another: "best" is the final epoch, its weights saved as best.safetensors.
            Assert.Equal(level.Final, level.BestValidation);
            SavedTensors.AssertSame(run.Directory.Level(level.Level).FinalPath, run.Directory.Level(level.Level).BestPath);
        }
        // Reported as missing, not as a made-up 0: null in summary.json, empty in results.csv, n/a in the tables.
        var levels = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(run.Directory.SummaryPath))!["imp"]!["levels"]!.AsArray();
        Assert.All(levels, l => Assert.Equal((true, null, true, null), (l!.AsObject().ContainsKey("valAccuracy"), l["valAccuracy"], l.AsObject().ContainsKey("bestValAccuracy"), l["bestValAccuracy"])));
        var csv = File.ReadAllLines(Path.Combine(run.Directory.Path, "results.csv"));
        Assert.Matches(@"^imp,0,1,,0\.\d+,,0\.\d+$", csv[1]);
        Assert.Matches(@"\| imp \| 1 \| 80\.00% \| n/a \| \d+\.\d\d% \| n/a \| \d+\.\d\d% \|", File.ReadAllText(Path.Combine(run.Directory.Path, "report.md")));
    }
}
