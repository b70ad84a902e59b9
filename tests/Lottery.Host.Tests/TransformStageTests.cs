using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Lottery.Host.Configuration;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Host.Hosting;
using Lottery.Host.Metrics;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Host.Verbs;
using Lottery.Torch.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lottery.Host.Tests;

/// <summary>The elastic lottery ticket stage on the real Fashion-MNIST through the real host and built-in plugins.</summary>
[Collection(GlobalRandomUsersCollection.Name)]
public sealed class TransformStageTests : IDisposable
{
    private static readonly string[] Methods = ["random", "random-global", "oneshot-magnitude", "snip", "grasp", "synflow", "reinit", "imp"];

    private readonly string runs = Directory.CreateTempSubdirectory("transform-tests-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    private static string QuickElastic => Path.Combine(BuildOutputs.RepositoryRoot, "examples", "quick-elastic.json");

    /// <summary>`run` on a configuration (examples/quick-elastic.json by default), as the command line runs it; returns what it printed.</summary>
    private string Run(string? config = null, params string[] overrides)
    {
        using var host = Build(config ?? QuickElastic, overrides);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, host.Services.GetServices<IVerb>().Single(v => v.Name == "run").Run(output, error, CancellationToken.None));
        return output.ToString();
    }

    private IHost Build(string config, string[] overrides) => LotteryHostFactory.Build(LotteryConfiguration.Build(CommandLineArguments.Parse(
        ["run", "--config", config, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}", .. overrides]), BuildOutputs.HostDirectory));

    [Fact]
    [Trait("Category", "Slow")]
    public void The_quick_elastic_config_reports_every_method_of_both_transfers_and_resumes_without_training()
    {
        var printed = Run();

        var experimentRun = Directory.GetDirectories(runs, "quick-elastic-*").Single(d => File.Exists(Path.Combine(d, "summary.json")) && Directory.Exists(Path.Combine(d, "transform")));
        var summary = RunSummary.Parse(File.ReadAllText(Path.Combine(experimentRun, "summary.json")));
        var results = summary.Transform!.Results;
        foreach (var (target, transformer) in new[] { ("cifar-resnet-20-8", "stretch-interpolate"), ("cifar-resnet-8-8", "squeeze-last") })
        {
            var rows = results.Where(r => r.Target == target).ToList();
            Assert.All(rows, r => Assert.Equal(("cifar-resnet-14-8", 1), (r.Source, r.SourceLevel)));
            Assert.Equal([transformer, .. Methods], rows.Select(r => r.Method));
            // Every method trains at the moved ticket's density, computed from its mask; IMP on the target at its level's.
            var ticket = rows[0].Density;
            Assert.All(rows.Where(r => r.Method != "imp"), r => Assert.Equal(ticket, r.Density));
            Assert.Equal(0.4, rows.Single(r => r.Method == "imp").Density, 3);
            Assert.NotEqual(0.4, ticket, 3);
            Assert.All(rows, r => Assert.InRange(r.TestAccuracy, 0.0, 1.0));
            // The ticket learns in its two epochs (about 70% on 2,700 training images).
            Assert.True(rows[0].TestAccuracy > 0.5, $"{transformer}: test accuracy {rows[0].TestAccuracy:P2}");
        }
        // Stretching to ResNet-20 replicates blocks (the density moves down from the 40% of the source); squeezing drops them.
        Assert.True(results.First(r => r.Target == "cifar-resnet-20-8").Density < 0.4);
        Assert.True(results.First(r => r.Target == "cifar-resnet-8-8").Density > 0.4);

        var html = File.ReadAllText(Path.Combine(experimentRun, "report.html"));
        Assert.Contains("<h2>Transfer cifar-resnet-14-8 -&gt; cifar-resnet-20-8</h2><svg", html);
        Assert.Contains(">synflow</text>", html);
        Assert.Equal(19, File.ReadAllLines(Path.Combine(experimentRun, "transform.csv")).Length);
        Assert.Matches(@"cifar-resnet-14-8 -> cifar-resnet-8-8 +1  squeeze-last +\d+\.\d\d%", printed);

        // Everything is complete: a second run trains nothing and reports the same.
        var again = Run();
        Assert.DoesNotContain("epoch", again);
        Assert.Contains("source level 1: grasp (complete, skipped)", again);
        Assert.Equal(results, RunSummary.Parse(File.ReadAllText(Path.Combine(experimentRun, "summary.json"))).Transform!.Results);
    }

    /// <summary>
    /// A transfer in miniature: ResNet-14 (width 4) to ResNet-20, 40 steps of 50 images per training with a cosine
    /// schedule, rewinding to step 25 (past the first epoch's end, so the training to the rewind step evaluates and
    /// checkpoints on its way), the ticket against snip and random.
    /// </summary>
    private string TinyTransfer()
    {
        var path = Path.Combine(runs, "tiny-transfer.json");
        File.WriteAllText(path, new JsonObject
        {
            ["Lottery"] = new JsonObject
            {
                ["Experiment"] = new JsonObject
                {
                    ["Name"] = "tiny-transfer", ["Architecture"] = "cifar-resnet", ["Variant"] = "14-4", ["Dataset"] = "fashion-mnist",
                    ["Levels"] = 1, ["PruneFraction"] = 0.6, ["RewindStep"] = "25it", ["KeepOutputLayerDense"] = false,
                },
                ["Training"] = new JsonObject
                {
                    ["Duration"] = "40it", ["BatchSize"] = 50, ["LearningRate"] = 0.1, ["Momentum"] = 0.9, ["Schedule"] = "cosine", ["Seed"] = 3,
                },
                ["Transform"] = new JsonObject
                {
                    ["Transfers"] = new JsonArray(new JsonObject { ["TargetVariant"] = "20-4", ["Transformer"] = "stretch-interpolate" }),
                    ["SourceLevels"] = new JsonArray(1),
                    ["Baselines"] = new JsonArray("snip", "random"),
                },
                ["Device"] = "cpu",
                ["Metrics"] = new JsonObject { ["Prometheus"] = new JsonObject { ["Url"] = "" } },
                ["Strategies"] = new JsonObject
                {
                    ["fashion-mnist"] = new JsonObject { ["ValidationSize"] = 100, ["TrainSubset"] = 1100, ["TestSubset"] = 200 },
                    ["snip"] = new JsonObject { ["SamplesPerClass"] = 10, ["BatchSize"] = 100 },
                },
            },
        }.ToJsonString());
        return path;
    }

    [Fact]
    public void Pruning_at_initialisation_baselines_start_from_the_targets_own_weights_at_the_rewind_step_and_random_from_the_moved_ones()
    {
        var config = TinyTransfer();
        Run(config);

        var experimentRun = Directory.GetDirectories(runs, "tiny-transfer-*").Single();
        var rows = RunSummary.Parse(File.ReadAllText(Path.Combine(experimentRun, "summary.json"))).Transform!.Results;
        Assert.Equal([("stretch-interpolate", StartWeights.Moved), ("snip", StartWeights.TargetRewind), ("random", StartWeights.Moved)],
            rows.Select(r => (r.Method, r.StartWeights)));
        Assert.Equal("source,target,sourceLevel,method,startWeights,density,testAccuracy,bestTestAccuracy,valAccuracy,bestValAccuracy",
            File.ReadLines(Path.Combine(experimentRun, "transform.csv")).First());
        var transfer = Directory.GetDirectories(Path.Combine(experimentRun, "transform")).Single();
        var targetRewindPath = TargetRewindWeights.PathIn(transfer);

        // The target's own rewind weights are what level 0 of IMP on the target saves, bit for bit: the same
        // initialisation, schedule and data order up to the rewind step.
        using (var host = Build(config, ["--Lottery:Experiment:Variant=20-4", "--Lottery:Experiment:Levels=0"]))
        {
            var targetImp = host.Services.GetRequiredService<ImpStage>().Run();
            SavedTensors.AssertSame(targetImp.Directory.Level(0).RewindPath, targetRewindPath);
        }

        using var scope = NewDisposeScope();
        using var targetRewind = SafeTensors.Load(targetRewindPath);
        var level = Path.Combine(transfer, "level_1");
        using var snip = SafeTensors.Load(Path.Combine(Directory.GetDirectories(level, "snip-*").Single(), "rewind.safetensors"));
        using var snipMask = SafeTensors.Load(Path.Combine(Directory.GetDirectories(level, "snip-*").Single(), "mask.safetensors"));
        using var ticket = SafeTensors.Load(Path.Combine(level, "stretch-interpolate", "rewind.safetensors"));
        using var ticketMask = SafeTensors.Load(Path.Combine(level, "stretch-interpolate", "mask.safetensors"));
        using var random = SafeTensors.Load(Path.Combine(Directory.GetDirectories(level, "random-*").Single(), "rewind.safetensors"));
        Assert.Equal(ticketMask.Tensors.Keys.Order(), snipMask.Tensors.Keys.Order());
        var differsFromMoved = new List<string>();
        var unmasked = new List<string>();
        foreach (var (name, weights) in targetRewind.Tensors)
        {
            // snip's start is the target's rewind weights under snip's mask (BatchNorm and biases as they are) ...
            var expected = snipMask.Tensors.TryGetValue(name, out var keep) ? weights.mul(keep) : weights;
            Assert.True(SavedTensors.Same(snip.Tensors[name], expected), $"snip's {name} is not the target's rewind weights under its mask");
            // ... random's the moved weights (what the ticket starts from outside its mask).
            if (!ticketMask.Tensors.ContainsKey(name))
            {
                unmasked.Add(name);
                Assert.True(SavedTensors.Same(random.Tensors[name], ticket.Tensors[name]), $"random's {name} is not the moved ticket's");
                if (!SavedTensors.Same(snip.Tensors[name], ticket.Tensors[name])) differsFromMoved.Add(name);
            }
        }
        // The target's own weights at step 25 are not the moved source's: every tensor outside the mask differs (BatchNorm
        // statistics included), but the count of batches both saw.
        Assert.Contains("fc.bias", differsFromMoved);
        Assert.Equal(unmasked.Where(name => !name.EndsWith(".num_batches_tracked", StringComparison.Ordinal)), differsFromMoved);
        Assert.Equal(snipMask.Tensors.Values.Sum(m => m.count_nonzero().item<long>()), ticketMask.Tensors.Values.Sum(m => m.count_nonzero().item<long>()));

        // With IMP on the target, its level 0's rewind weights are copied rather than trained again; being the same,
        // they leave the complete methods valid: those are reused while their start is what they were made from ...
        Directory.Delete(Path.GetDirectoryName(targetRewindPath)!, recursive: true);
        var withImp = Run(config, "--Lottery:Transform:ImpOnTarget=true");
        Assert.DoesNotContain("training the target's own weights", withImp);
        Assert.Contains("source level 1: snip (complete, skipped)", withImp);
        SavedTensors.AssertSame(Path.Combine(Directory.GetDirectories(runs, "tiny-transfer-20-4-*").Single(), "level_0", "rewind.safetensors"), targetRewindPath);
        // ... and a changed start trains them again.
        Runs.AtomicFile.WriteTensors(targetRewindPath, targetRewind.Tensors.ToDictionary(p => p.Key, p => p.Value.mul(2)));
        var changed = Run(config);
        Assert.Matches(@"source level 1: snip at density \d", changed);
        Assert.Contains("source level 1: random (complete, skipped)", changed);
        Assert.Contains("source level 1: stretch-interpolate (complete, skipped)", changed);
    }

    [Fact]
    public void Set_and_rigl_baselines_report_their_mask_updates_to_the_metrics_by_method_and_source_level()
    {
        // The miniature transfer with set and rigl as its baselines, updating after steps 26, 28 and 30 of the 40 (from
        // the rewind step 25 to T_end = 0.75 * 40).
        var updates = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SparseTrainingMetrics.MeterName) l.EnableMeasurementEvents(instrument);
            },
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var byName = new Dictionary<string, object?>(tags.ToArray());
            if (Equals(byName.GetValueOrDefault("experiment"), "tiny-dst-transfer")) lock (updates) updates.Add((instrument.Name, value, byName));
        }
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();

        Run(TinyTransfer(), "--Lottery:Experiment:Name=tiny-dst-transfer", "--Lottery:Transform:Baselines:0=set", "--Lottery:Transform:Baselines:1=rigl",
            "--Lottery:Strategies:set:UpdateInterval=2", "--Lottery:Strategies:rigl:UpdateInterval=2");

        foreach (var method in new[] { "set", "rigl" })
        {
            var ours = updates.Where(u => Equals(u.Tags["method"], method)).ToList();
            Assert.All(ours, u => Assert.Equal(("transform", "1"), (u.Tags["stage"], u.Tags["level"])));
            Assert.Equal(3, ours.Count(u => u.Instrument == "lottery.mask.drop_fraction"));
            var moved = ours.Where(u => u.Instrument == "lottery.mask.updated.weights").ToList();
            Assert.True(moved.Sum(u => u.Value) > 0, $"{method} moved no weights");
            // By tensor: every tensor of the mask, each update.
            Assert.Equal(3, moved.GroupBy(u => u.Tags["tensor"]).Select(g => g.Count()).Distinct().Single());
            Assert.True(moved.Select(u => u.Tags["tensor"]).Distinct().Count() > 1);
        }
    }
}
