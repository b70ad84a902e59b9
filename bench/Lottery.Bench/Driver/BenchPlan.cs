using System.Globalization;
using Lottery.Bench.Worker;

namespace Lottery.Bench.Driver;

/// <summary>The sizes of one mode: rounds, runs per round, batches and counts of the workloads.</summary>
internal sealed record BenchSizes(
    int Rounds, int Warmup,
    int LeNetBatch, int LeNetRuns, int ResNetBatch, int ResNetRuns, int VggBatch, int VggRuns, int EvalBatch, int EvalRuns,
    string PruneModel, int PruneRuns,
    int Alphas, int BnBatches, int BnBatch, int Validation, int ValidationBatch, int PoolsRounds, int PoolsWarmup,
    int MemoryBatch, int MemorySteps, int MemoryRounds,
    int ImpLevels, int ImpSteps, int ImpBatch,
    int SweepPoints, int SweepRounds, string SweepSettings);

/// <summary>
/// The workloads of the issue, with the sizes of each mode. Full is the protocol; quick keeps every
/// workload and shape but fewer rounds and runs, and a smaller Lottery Pools candidate and memory run, to stay
/// within a few minutes on 2 cores; tiny runs each workload once on small batches (the smoke test).
/// </summary>
public static class BenchPlan
{
    private static readonly BenchSizes Full = new(
        Rounds: 5, Warmup: 2,
        LeNetBatch: 128, LeNetRuns: 200, ResNetBatch: 128, ResNetRuns: 5, VggBatch: 64, VggRuns: 3, EvalBatch: 512, EvalRuns: 3,
        PruneModel: "resnet18", PruneRuns: 3,
        Alphas: 11, BnBatches: 20, BnBatch: 128, Validation: 5000, ValidationBatch: 500, PoolsRounds: 3, PoolsWarmup: 0,
        MemoryBatch: 128, MemorySteps: 200, MemoryRounds: 1,
        ImpLevels: 10, ImpSteps: 20, ImpBatch: 128,
        SweepPoints: 4, SweepRounds: 3, SweepSettings: "");

    private static readonly BenchSizes Quick = new(
        Rounds: 3, Warmup: 1,
        LeNetBatch: 128, LeNetRuns: 50, ResNetBatch: 128, ResNetRuns: 2, VggBatch: 64, VggRuns: 1, EvalBatch: 512, EvalRuns: 1,
        PruneModel: "resnet18", PruneRuns: 1,
        Alphas: 3, BnBatches: 2, BnBatch: 64, Validation: 250, ValidationBatch: 250, PoolsRounds: 3, PoolsWarmup: 1,
        MemoryBatch: 128, MemorySteps: 10, MemoryRounds: 1,
        ImpLevels: 10, ImpSteps: 5, ImpBatch: 128,
        SweepPoints: 4, SweepRounds: 3, SweepSettings: $"{FashionMnist}:TrainSubset=4000 {FashionMnist}:CorruptedImages=100 Experiment:RewindStep=10it");

    private static readonly BenchSizes Tiny = new(
        Rounds: 1, Warmup: 0,
        LeNetBatch: 8, LeNetRuns: 1, ResNetBatch: 4, ResNetRuns: 1, VggBatch: 2, VggRuns: 1, EvalBatch: 8, EvalRuns: 1,
        PruneModel: "resnet20", PruneRuns: 1,
        Alphas: 2, BnBatches: 1, BnBatch: 4, Validation: 16, ValidationBatch: 8, PoolsRounds: 1, PoolsWarmup: 0,
        MemoryBatch: 4, MemorySteps: 2, MemoryRounds: 1,
        ImpLevels: 3, ImpSteps: 1, ImpBatch: 8,
        SweepPoints: 2, SweepRounds: 1,
        SweepSettings: $"{FashionMnist}:TrainSubset=640 {FashionMnist}:ValidationSize=128 {FashionMnist}:TestSubset=128 {FashionMnist}:CorruptedImages=16 Experiment:RewindStep=1it");

    private const string FashionMnist = "Strategies:fashion-mnist";

    public static IReadOnlyList<WorkloadDefinition> For(BenchMode mode)
    {
        var s = mode switch
        {
            BenchMode.Full => Full,
            BenchMode.Quick => Quick,
            BenchMode.Tiny => Tiny,
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
        // The targets: faster than PyTorch by 10% and within 5% of C++ on training and evaluation, ...
        var speed = new Target(MinVsPyTorch: 1.10, MinVsCpp: 0.95);
        return
        [
            Timed("train-lenet-300-100", $"train model=lenet batch={s.LeNetBatch}", s.LeNetRuns, s, speed),
            Timed("train-resnet-20", $"train model=resnet20 batch={s.ResNetBatch}", s.ResNetRuns, s, speed),
            Timed("train-vgg-16", $"train model=vgg16 batch={s.VggBatch}", s.VggRuns, s, speed),
            Timed("eval-resnet-20", $"eval model=resnet20 batch={s.EvalBatch}", s.EvalRuns, s, speed),
            // ... 11M weights pruned in under half a second, ...
            new($"prune-{Display(s.PruneModel)}-global", Line($"prune model={s.PruneModel} density=0.8 warmup={s.Warmup} runs={s.PruneRuns}"),
                Measure.Duration, s.Rounds, new Target(MinVsCpp: 0.95, OursAtMost: 0.5)),
            new("pools-candidate-resnet-20",
                Line($"pools model=resnet20 alphas={s.Alphas} density=0.5 bnBatches={s.BnBatches} bnBatch={s.BnBatch} validation={s.Validation} valBatch={s.ValidationBatch} warmup={s.PoolsWarmup} runs=1"),
                Measure.Duration, s.PoolsRounds, new Target(MinVsCpp: 0.95)),
            // ... no more memory than PyTorch, and no native tensor left behind by a level.
            new("peak-rss-train-resnet-20", Line($"memory model=resnet20 batch={s.MemoryBatch} steps={s.MemorySteps}"),
                Measure.PeakRss, s.MemoryRounds, new Target(MinVsPyTorch: 1.0)),
            new("live-tensor-growth-imp-lenet", Line($"imp model=lenet levels={s.ImpLevels} steps={s.ImpSteps} batch={s.ImpBatch}"),
                Measure.LiveTensorGrowth, 1, new Target(OursAtMost: 0)),
            // ... and a sweep on this machine's cores: its points side by side, against the same points one after another.
            Sweep(s),
        ];
    }

    private static WorkloadDefinition Sweep(BenchSizes s)
    {
        string Request(string mode) => Line($"sweep mode={mode} points={s.SweepPoints} {s.SweepSettings}").TrimEnd();
        return new("sweep-throughput", Request(SweepWorkload.Local), Measure.Duration, s.SweepRounds, new Target(MinVsPeer: 1.7),
            new Peer(SweepWorkload.Serial, Request(SweepWorkload.Serial)));
    }

    private static WorkloadDefinition Timed(string name, string request, int runs, BenchSizes s, Target target) =>
        new(name, Line($"{request} warmup={s.Warmup} runs={runs}"), Measure.Throughput, s.Rounds, target);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Display(string model) => model.Replace("resnet", "resnet-", StringComparison.Ordinal);
}
