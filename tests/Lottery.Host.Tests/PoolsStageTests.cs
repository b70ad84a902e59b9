using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Torch.Serialization;

namespace Lottery.Host.Tests;

/// <summary>examples/quick-pools.json end to end on the real Fashion-MNIST: IMP, then every pool method at every level.</summary>
[Collection(GlobalRandomUsersCollection.Name)]
public sealed class PoolsStageTests : IDisposable
{
    private static readonly string[] Methods = ["lottery-pools", "average", "swa", "ema", "pair-average", "ensemble"];

    private readonly string runs = Directory.CreateTempSubdirectory("pools-tests-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public void Every_method_builds_a_pool_for_every_level_and_a_second_run_reuses_them()
    {
        var (imp, pools) = InProcessHost.RunPools(runs);

        Assert.Equal(4 * Methods.Length, pools.Results.Count);
        foreach (var level in imp.Levels)
        {
            foreach (var method in Methods)
            {
                var result = pools.Results.Single(r => r.Level == level.Level && r.Method == method);
                // At the ticket's density; a pair is pruned to the sparser of its two levels (level 0 pairs with level 1).
                var expected = method == "pair-average" ? Math.Min(level.Density, imp.Levels[level.Level == 0 ? 1 : level.Level - 1].Density) : level.Density;
                Assert.Equal(expected, result.Density, 6);
                // The ticket is each level's best-validation checkpoint by default, as the official code's model_SA_best.
                Assert.Equal("best", result.Checkpoint);
                Assert.Equal(level.BestValidation.TestAccuracy, result.TicketTestAccuracy, 6);
                Assert.Equal(level.BestValidation.ValidationAccuracy!.Value, result.TicketValAccuracy, 6);
                Assert.NotNull(result.OodAccuracy);
                Assert.Equal(7, result.OodByCorruption!.Count);
                Assert.Equal(method == "ensemble" ? 3 : 1, result.InferenceCost);

                var directory = new PoolDirectory(imp.Directory, level.Level, method);
                using var scope = NewDisposeScope();
                using var mask = SafeTensors.Load(directory.MaskPath);
                using var weights = SafeTensors.Load(directory.WeightsPath);
                foreach (var (name, keep) in mask.Tensors)
                {
                    Assert.Equal(0L, weights.Tensors[name].masked_select(keep.logical_not()).count_nonzero().item<long>());
                }
            }
            // One pool size (examples/quick-pools.json: Lottery:Pools:PoolSize 3) for every searching method.
            var searched = new[] { "lottery-pools", "average", "swa", "ema" }.Select(m => pools.Results.Single(r => r.Level == level.Level && r.Method == m).Candidates).ToList();
            Assert.All(searched, candidates => Assert.Equal(searched[0], candidates));
            Assert.Equal(3, searched[0].Count);
            // Greedy acceptance never takes the pool below the ticket on validation.
            var greedy = pools.Results.Single(r => r.Level == level.Level && r.Method == "lottery-pools");
            Assert.True(greedy.ValAccuracy >= greedy.TicketValAccuracy, $"level {level.Level}: {greedy.ValAccuracy:P2} < ticket {greedy.TicketValAccuracy:P2}");
            Assert.All(greedy.Accepted, a => Assert.Contains(a.Alpha, new[] { 0.05, 0.2, 0.5, 0.8, 0.95 }));
        }
        var dense = pools.Results.Single(r => r.Level == 0 && r.Method == "lottery-pools");
        Assert.Equal(1.0, dense.Density);

        var summary = RunSummary.Parse(File.ReadAllText(imp.Directory.SummaryPath));
        Assert.Equal(pools.Results.Count, summary.Pools!.Results.Count);
        Assert.Equal(1 + 4 + 4 * Methods.Length, File.ReadAllLines(Path.Combine(imp.Directory.Path, "results.csv")).Length);
        var html = File.ReadAllText(ReportWriter.ReportPath(imp.Directory.Path));
        Assert.Contains("<h2>Pools</h2>", html);
        Assert.Contains(">lottery-pools</text>", html);

        // The pool was read from the levels' best.safetensors: result.json records them as what it was built from.
        var record = SealedJson.Read(new PoolDirectory(imp.Directory, 1, "swa").ResultPath);
        Assert.Equal("best", (string?)record["settings"]!["checkpoint"]);
        Assert.Equal("best", (string?)record["result"]!["checkpoint"]);
        var inputs = record["builtFrom"]!.AsObject().Select(pair => pair.Key).ToList();
        Assert.Contains("level_1/best.safetensors", inputs);
        Assert.DoesNotContain(inputs, path => path.EndsWith("final.safetensors", StringComparison.Ordinal));

        var written = Directory.GetFiles(Path.Combine(imp.Directory.Path, "pools"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var (_, again) = InProcessHost.RunPools(runs);
        Assert.Equal(pools.Results.Select(r => (r.Level, r.Method, r.TestAccuracy)), again.Results.Select(r => (r.Level, r.Method, r.TestAccuracy)));
        Assert.All(written, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));

        // The pools stage holds the run's lock while it writes: a run directory in use is refused, pools untouched.
        using (RunLock.Acquire(imp.Directory.Path))
        {
            var error = Assert.Throws<RunInUseException>(() => InProcessHost.RunPoolsStage(imp, runs));
            Assert.Contains($"(PID {Environment.ProcessId})", error.Message);
        }
        Assert.All(written, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));

        // Checkpoint=final pools (and measures the ticket at) the end of training instead: another pool, built anew.
        var (_, final) = InProcessHost.RunPools(runs, "--Lottery:Pools:Checkpoint=final", "--Lottery:Pools:TargetLevels:0=1");
        var finalSwa = final.Results.Single(r => r.Level == 1 && r.Method == "swa");
        Assert.Equal("final", finalSwa.Checkpoint);
        Assert.Equal(imp.Levels[1].Final.TestAccuracy, finalSwa.TicketTestAccuracy, 6);
    }
}
