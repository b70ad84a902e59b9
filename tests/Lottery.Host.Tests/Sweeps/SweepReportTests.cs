using System.Globalization;
using Lottery.Host.Runs;
using Lottery.Host.Sweeps;

namespace Lottery.Host.Tests.Sweeps;

/// <summary>
/// The aggregate across seeds on crafted run directories: n, mean and sample std of each accuracy per group, stage,
/// method and level; pool-minus-ticket gains paired per seed; and points that gave nothing listed in the report.
/// </summary>
public sealed class SweepReportTests : IDisposable
{
    private const double Tolerance = 1e-12;

    private readonly CraftedSweep sweep = new();

    public void Dispose() => sweep.Dispose();

    [Fact]
    public void Means_sample_stds_and_paired_gains_over_three_seeds_per_group()
    {
        // Group a: validation and OOD sets; gains per seed +1, +3, +2 points (test), +2, +5, +2 (validation), +2, +1, +3 (OOD).
        double[] testGains = [0.01, 0.03, 0.02], valGains = [0.02, 0.05, 0.02], ticketOods = [0.5, 0.6, 0.7], oodGains = [0.02, 0.01, 0.03];
        for (var seed = 0; seed < 3; seed++)
        {
            sweep.Done("a", seed, Summary(0.82, seed, testGains[seed], valGains[seed], ticketOods[seed], oodGains[seed]));
        }
        // Group b: no validation split in IMP, no OOD sets; test gains 0, -2, +2 points.
        double[] testGainsB = [0.0, -0.02, 0.02];
        for (var seed = 0; seed < 3; seed++)
        {
            sweep.Done("b", seed, Summary(0.70, seed, testGainsB[seed], valGain: 0.01, ticketOod: null, oodGain: null, impValidation: false));
        }
        sweep.Add("a", 3, PointState.Failed, error: "error: out of memory at level 1");
        sweep.Add("b", 3, PointState.Done, summaryText: "{ not json");
        sweep.Add("c", 0, PointState.ToDo);
        var plan = sweep.Plan;

        var aggregate = SweepReport.Write(plan);
        var rows = CraftedSweep.ReadCsv(plan.Folder.AggregatePath);
        Assert.Equal(aggregate.Rows.Count, rows.Count);
        Assert.Equal(AggregateCsv.Columns, File.ReadLines(plan.Folder.AggregatePath).First().Split(','));
        Dictionary<string, string> Row(string stage, string variant, string method, int level) =>
            rows.Single(r => r["stage"] == stage && r["group"] == $"Experiment:Variant={variant}" && r["method"] == method && r["level"] == level.ToString(CultureInfo.InvariantCulture));

        // IMP level 1 of group a: test 0.80, 0.82, 0.84 -> mean 0.82, sample std sqrt((0.02^2 + 0 + 0.02^2) / 2) = 0.02.
        var imp = Row("imp", "a", "imp", 1);
        Assert.Equal("3", imp["n"]);
        Assert.Equal("000 001 002", imp["points"]);
        Assert.Equal("0.5", imp["density"]);
        Near(0.82, imp["testAccuracyMean"]);
        Near(0.02, imp["testAccuracyStd"]);
        Near(0.72, imp["valAccuracyMean"]);
        Near(0.87, Row("imp", "a", "imp", 0)["testAccuracyMean"]);
        Assert.Equal("", imp["testGainMean"]);
        // Group b's runs have no validation split: no mean pretends otherwise.
        var impB = Row("imp", "b", "imp", 1);
        Assert.Equal("3", impB["n"]);
        Near(0.70, impB["testAccuracyMean"]);
        Assert.Equal("", impB["valAccuracyMean"]);

        // Pools of group a, gains taken per seed: test +1, +3, +2 -> 2 ± 1 points; validation +2, +5, +2 -> 3 ± sqrt(3);
        // OOD +2, +1, +3 -> 2 ± 1. Unpaired, the pool's own spread (0.81, 0.85, 0.86: std 0.0265) would hide the gain.
        var pools = Row("pools", "a", "lottery-pools", 1);
        Assert.Equal("3", pools["n"]);
        Near(0.02, pools["testGainMean"]);
        Near(0.01, pools["testGainStd"]);
        Near(0.03, pools["valGainMean"]);
        Near(Math.Sqrt(0.0003), pools["valGainStd"]);
        Near(0.02, pools["oodGainMean"]);
        Near(0.01, pools["oodGainStd"]);
        Near(0.84, pools["testAccuracyMean"]);
        Near(Math.Sqrt(0.0007), pools["testAccuracyStd"]);
        Near(0.82, pools["ticketTestAccuracyMean"]);
        Near(0.6, pools["ticketOodAccuracyMean"]);
        Near(0.1, pools["ticketOodAccuracyStd"]);
        Assert.Equal("", pools["bestTestAccuracyMean"]);
        var poolsB = Row("pools", "b", "lottery-pools", 1);
        Near(0.0, poolsB["testGainMean"]);
        Near(0.02, poolsB["testGainStd"]);
        Assert.Equal("", poolsB["oodGainMean"]);

        // Transform rows per target, method and source level; sparse training beside IMP.
        var moved = Row("transform", "a", "stretch-append", 1);
        Assert.Equal(("cifar-resnet-8", "cifar-resnet-14", "moved", "3"), (moved["source"], moved["target"], moved["startWeights"], moved["n"]));
        Near(0.60, moved["testAccuracyMean"]);
        Near(0.02, moved["testAccuracyStd"]);
        Near(0.61, moved["bestTestAccuracyMean"]);
        Assert.Equal("target-rewind", Row("transform", "b", "snip", 1)["startWeights"]);
        // A key a run reports twice is averaged within the run first: n counts seeds, the std is across seeds only.
        var snip = Row("transform", "a", "snip", 1);
        Assert.Equal("3", snip["n"]);
        Near(0.56, snip["testAccuracyMean"]);
        Near(0.02, snip["testAccuracyStd"]);
        Near(0.75, Row("sparse-training", "a", "rigl", 1)["testAccuracyMean"]);

        // The failed, the unreadable and the not-run point count in no row, and each is listed with why.
        Assert.DoesNotContain(rows, r => r["points"].Contains("006", StringComparison.Ordinal) || r["points"].Contains("007", StringComparison.Ordinal));
        Assert.Equal(["006", "007", "008"], aggregate.Missing.Select(m => m.Point.Point.Name));
        var markdown = File.ReadAllText(plan.Folder.ReportMarkdownPath);
        Assert.Contains("## Points not in the aggregate", markdown);
        Assert.Contains("| 006 | failed | Experiment:Variant=a Training:Seed=3 |", markdown);
        Assert.Contains("failed: error: out of memory at level 1", markdown);
        Assert.Contains("| 007 | done |", markdown);
        Assert.Contains("cannot be read", markdown);
        Assert.Contains("| 008 | to do |", markdown);
        Assert.Contains("## Group: Experiment:Variant=c", markdown);
        Assert.Contains("No run of this group is done", markdown);
        // Percent, mean ± std: the pool's paired test gain next to its validation gain.
        Assert.Contains("| lottery-pools | 1 | 50.00% | 3 | 82.00 ± 2.00 | 84.00 ± 2.65 | +2.00 ± 1.00 | +3.00 ± 1.73 | 60.00 ± 10.00 | 62.00 ± 10.54 | +2.00 ± 1.00 |", markdown);
        Assert.Contains("### Transfer cifar-resnet-8 -> cifar-resnet-14", markdown);

        var html = File.ReadAllText(plan.Folder.ReportHtmlPath);
        Assert.Contains("<h2>Group: Experiment:Variant=a</h2>", html);
        Assert.Contains("<polygon", html);
        Assert.Contains("Out-of-distribution accuracy against density", html);
    }

    [Fact]
    public void The_markdown_shows_each_chart_as_the_htmls_svg_saved_beside_it_and_a_rewrite_drops_charts_it_no_longer_has()
    {
        for (var seed = 0; seed < 2; seed++) sweep.Done("a", seed, Summary(0.82, seed, testGain: 0.01, valGain: 0.02, ticketOod: 0.6, oodGain: 0.01));
        var plan = sweep.Plan;
        Directory.CreateDirectory(plan.Folder.ChartsPath);
        var stale = Path.Combine(plan.Folder.ChartsPath, "09-from-an-earlier-report.svg");
        File.WriteAllText(stale, "<svg/>");

        SweepReport.Write(plan);

        var markdown = File.ReadAllText(plan.Folder.ReportMarkdownPath);
        var html = File.ReadAllText(plan.Folder.ReportHtmlPath);
        var links = System.Text.RegularExpressions.Regex.Matches(markdown, @"!\[[^\]]*\]\(charts/([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        // Named in order after what they show and the group they are in: the accuracy by level, the pools' OOD, one per transfer.
        Assert.Equal([
            "01-accuracy-by-level-test-accuracy-against-density-group-experiment-variant-a.svg",
            "02-pools-against-their-ticket-gains-paired-per-seed-out-of-distribution-accuracy-against-density-group-experiment-variant-a.svg",
            "03-transfer-cifar-resnet-8-cifar-resnet-14-test-accuracy-against-density-group-experiment-variant-a.svg",
        ], links);
        Assert.Contains("#### Test accuracy against density\n\n![Test accuracy against density](charts/01-", markdown);
        foreach (var link in links)
        {
            var svg = File.ReadAllText(Path.Combine(plan.Folder.ChartsPath, link));
            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
            Assert.Contains(svg, html);
        }
        Assert.False(File.Exists(stale), "a chart the report no longer has was left behind");
        Assert.Equal(links.Order(), Directory.GetFiles(plan.Folder.ChartsPath).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_single_run_has_a_mean_and_no_std()
    {
        sweep.Done("a", 0, Summary(0.82, 1, testGain: 0.01, valGain: 0.01, ticketOod: null, oodGain: null));

        var row = SweepReport.Write(sweep.Plan).Rows.First(r => r.Key.Stage == AggregateStage.Imp && r.Key.Level == 1);

        Assert.Equal(new SeedStatistics(1, 0.82, null), row.Metric(AggregateMetrics.Test));
        Assert.Equal("", CraftedSweep.ReadCsv(sweep.Plan.Folder.AggregatePath)[1]["testAccuracyStd"]);
    }

    private static void Near(double expected, string actual) =>
        Assert.True(Math.Abs(expected - double.Parse(actual, CultureInfo.InvariantCulture)) < Tolerance, $"expected {expected}, got {actual}");

    /// <summary>
    /// One seed's run of a group: IMP at levels 0 and 1 (level 1 at the group's accuracy moved by the seed), lottery-pools at
    /// level 1 over that ticket with the given gains, a transfer with two methods and RigL at level 1.
    /// </summary>
    private static RunSummary Summary(double accuracy, int seed, double testGain, double valGain, double? ticketOod, double? oodGain, bool impValidation = true)
    {
        var test = accuracy + CraftedSweep.Spread[seed];
        double? Val(double value) => impValidation ? value : null;
        var imp = new ImpSummary([
            new LevelSummary(0, 1.0, Val(test - 0.05), test + 0.05, Val(test - 0.05), test + 0.05),
            new LevelSummary(1, 0.5, Val(test - 0.1), test, Val(test - 0.1), test),
        ]);
        var pool = new PoolLevelSummary(1, "lottery-pools", "best", 0.5, 1, 0.70, 0.70 + valGain, test, test + testGain,
            ticketOod, ticketOod + oodGain, null, null, [0, 2], []);
        var spread = CraftedSweep.Spread[seed];
        return new RunSummary("crafted", "", imp)
        {
            Pools = new PoolsSummary([pool]),
            SparseTraining = new SparseTrainingSummary([new SparseTrainingMethod("rigl", [new LevelSummary(1, 0.5, null, 0.75 + spread, null, 0.75 + spread)])]),
            Transform = new TransformSummary([
                new TransformResult("cifar-resnet-8", "cifar-resnet-14", 1, "stretch-append", "moved", 0.5, 0.60 + spread, 0.61 + spread, null, null),
                new TransformResult("cifar-resnet-8", "cifar-resnet-14", 1, "snip", "target-rewind", 0.5, 0.55 + spread, 0.56 + spread, null, null),
                // The same baseline for a second transfer between the same depths: one key twice in one run.
                new TransformResult("cifar-resnet-8", "cifar-resnet-14", 1, "snip", "target-rewind", 0.5, 0.57 + spread, 0.58 + spread, null, null),
            ]),
        };
    }
}
