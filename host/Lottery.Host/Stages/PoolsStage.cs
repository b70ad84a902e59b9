using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Plugins;
using Lottery.Contracts.Pools;
using Lottery.Contracts.Tickets;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Pools;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Torch;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;
using Lottery.Host.Training;

namespace Lottery.Host.Stages;

/// <summary>
/// Progress of the pools stage (combine several with <see cref="ProgressCombination.And(PoolsProgress, PoolsProgress)"/>):
/// a pool about to be built (target level, method), each candidate network its search scores on validation (target
/// level, method), each result (true: saved by an earlier run), and a saved pool that is built again because a file of
/// it is damaged or an IMP file it was built from has changed.
/// </summary>
public sealed record PoolsProgress(
    Action<int, string>? PoolStarted = null,
    Action<PoolLevelSummary, bool>? PoolFinished = null,
    Action<string>? Warning = null,
    Action<int, string>? CandidateScored = null);

/// <summary>
/// Lottery Pools after IMP: for each target level and each configured method, the method builds a network from
/// the run's trained tickets (each level's best-validation or final weights, as Lottery:Pools:Checkpoint says, and
/// its mask) with the shared evaluator and projector and a BatchNorm recalibrator of the pool's own; every method
/// gets the same pool size; the pool and the ticket are measured on validation, test and the out-of-distribution sets, the
/// pool is saved as a ticket in the run directory, and summary.json gains the "pools" results. Pools saved by an
/// earlier run with the same settings, from the same IMP files, are skipped once their files are checked.
/// </summary>
public sealed class PoolsStage(LotteryOptions options, StrategyFactory strategies)
{
    /// <summary>Checks the methods and their options before any training, so a misspelt name fails at once.</summary>
    public void Validate()
    {
        // Resolving binds and validates each method's options (once: the run uses the same resolution).
        _ = Methods().ToList();
        // An IMP run has levels 0 to Levels: target levels beyond are refused before it trains.
        if (options.Pools.Methods.Count > 0) TargetLevels(options.Experiment.Levels);
    }

    /// <summary>The pools of a finished IMP run; null when no methods are configured.</summary>
    public PoolsSummary? Run(ImpRun imp, PoolsProgress? progress = null)
    {
        if (options.Pools.Methods.Count == 0) return null;
        // Pools are files of the run too: a second process must not write them (or the IMP levels) meanwhile.
        using var runLock = RunLock.Acquire(imp.Directory.Path);
        var targets = TargetLevels(imp.Levels.Count - 1);
        using var setup = ExperimentSetup.Load(options, strategies);
        var methods = Methods().Select(m => (name: m.Name, strategy: strategies.Create<IPoolInterpolator>(m), settings: Settings(m, setup))).ToList();
        var network = setup.Model.Network;
        var batchSize = options.Training.BatchSize;
        var tickets = LoadTickets(imp, setup);
        var builtFrom = new InputFiles().Record(imp.Directory.Path, imp.Levels.SelectMany(l => TicketFiles(imp.Directory.Level(l.Level))));
        try
        {
            // The pool whose search is scoring candidates now, if any (the ticket's and pool's own scores are not candidates).
            (int Level, string Method)? searching = null;
            var evaluator = new NetworkEvaluator(network, setup.Data, batchSize * 8, () =>
            {
                if (searching is { } pool) progress?.CandidateScored?.Invoke(pool.Level, pool.Method);
            });
            var projector = new GlobalMagnitudeProjector(tickets[0].Mask.Names.ToList());
            var results = new List<PoolLevelSummary>();
            foreach (var level in targets)
            {
                var ticket = new Lazy<Scores>(() => Scores.Of(evaluator, [tickets[level].Weights]));
                foreach (var (name, strategy, settings) in methods)
                {
                    var directory = new PoolDirectory(imp.Directory, level, name);
                    if (directory.Read(settings, builtFrom, out var damage) is { } saved)
                    {
                        results.Add(saved);
                        progress?.PoolFinished?.Invoke(saved, true);
                        continue;
                    }
                    if (damage != null) progress?.Warning?.Invoke($"pool {name} for level {level} is built again: {damage}");
                    progress?.PoolStarted?.Invoke(level, name);
                    searching = (level, name);
                    using var recalibrator = new BatchNormRecalibrator(network, setup.Data.Train, batchSize, options.Pools.BatchNormBatches, Loader(setup.Seed, level, name));
                    using var pool = strategy.Interpolate(new PoolContext(tickets, level, evaluator, recalibrator, projector) { PoolSize = options.Pools.PoolSize });
                    searching = null;
                    var scores = Scores.Of(evaluator, [pool.Ticket.Weights, .. pool.EnsembleMembers.Select(m => m.Weights)]);
                    var result = new PoolLevelSummary(level, name, Checkpoint, pool.Ticket.Density, pool.InferenceCost,
                        ticket.Value.Validation, scores.Validation, ticket.Value.Test, scores.Test,
                        ticket.Value.Ood?.Mean, scores.Ood?.Mean, ticket.Value.Ood?.ByCorruption, scores.Ood?.ByCorruption, pool.Candidates, pool.Accepted);
                    directory.Save(pool, result, settings, builtFrom);
                    results.Add(result);
                    progress?.PoolFinished?.Invoke(result, false);
                    // Pools so far stay readable while later ones are built.
                    imp.Results.SetPools(new PoolsSummary(results));
                }
            }
            var summary = new PoolsSummary(results);
            imp.Results.SetPools(summary);
            return summary;
        }
        finally
        {
            foreach (var ticket in tickets) ticket.Dispose();
        }
    }

    /// <summary>The configured methods with their options (an unknown name or a bad option is a configuration error naming its key).</summary>
    private IEnumerable<ResolvedStrategy> Methods() => options.Pools.Methods.Select((method, i) => strategies.Resolve(StrategyKind.PoolInterpolator, method, $"Lottery:Pools:Methods:{i}"));

    private List<int> TargetLevels(int last)
    {
        var beyond = options.Pools.TargetLevels.Where(level => level > last).ToList();
        if (beyond.Count > 0)
        {
            throw new ConfigurationError($"Lottery:Pools:TargetLevels names level {beyond[0]}, but the run has levels 0 to {last} (Lottery:Experiment:Levels = {options.Experiment.Levels})");
        }
        return options.Pools.TargetLevels.Count == 0 ? Enumerable.Range(0, last + 1).ToList() : options.Pools.TargetLevels.Distinct().Order().ToList();
    }

    /// <summary>Which weights of each level are pooled: "best" or "final" (as configured, in lower case).</summary>
    private string Checkpoint => options.Pools.Checkpoint.ToLowerInvariant();

    private bool TrainingLoader => options.Pools.BatchNormLoader.Equals(PoolsOptions.TrainingLoader, StringComparison.OrdinalIgnoreCase);

    /// <summary>The batches one pool recalibrates BatchNorm over: its own seeded stream of training passes, or the fixed pass.</summary>
    private RecalibrationLoader Loader(ulong seed, int level, string method) =>
        TrainingLoader
            ? RecalibrationLoader.AsTraining(RecalibrationLoader.PoolSeed(seed, level, method), options.Training.Augment)
            : RecalibrationLoader.Fixed(seed);

    /// <summary>What a pool of method depends on beyond the IMP run (<see cref="PoolDescriptor"/>), as its result.json records it.</summary>
    private JsonObject Settings(ResolvedStrategy method, ExperimentSetup setup) =>
        RunFileJson.ToObject(PoolDescriptor.Of(method, options.Pools, setup.Data.OutOfDistribution.ToDictionary(pair => pair.Key, pair => pair.Value.Count)));

    /// <summary>Every level's trained ticket: its best-validation or final weights and its mask, on the experiment's device.</summary>
    private List<Ticket> LoadTickets(ImpRun imp, ExperimentSetup setup)
    {
        var tickets = new List<Ticket>();
        try
        {
            foreach (var level in imp.Levels)
            {
                var directory = imp.Directory.Level(level.Level);
                using var scope = NewDisposeScope();
                var weights = WeightsPath(directory);
                tickets.Add(new Ticket(setup.Model.Spec,
                    new StateDict(Load(weights, setup.Device)),
                    new Mask(Load(directory.MaskPath, setup.Device)),
                    new TicketProvenance(options.Experiment.Name, level.Level, "imp", weights)));
            }
            return tickets;
        }
        catch
        {
            foreach (var ticket in tickets) ticket.Dispose();
            throw;
        }
    }

    /// <summary>The files a level's ticket is read from, which every pool is built from: its pooled weights and mask.</summary>
    private string[] TicketFiles(LevelDirectory level) => [WeightsPath(level), level.MaskPath];

    private string WeightsPath(LevelDirectory level) => Checkpoint == PoolsOptions.BestCheckpoint ? level.BestPath : level.FinalPath;

    private static IEnumerable<KeyValuePair<string, Tensor>> Load(string path, Device device) =>
        SafeTensors.Load(path).Tensors.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.to(device))).ToList();

    /// <summary>A network's (or ensemble's) accuracies: validation, test and out of distribution.</summary>
    private sealed record Scores(double Validation, double Test, OodScores? Ood)
    {
        public static Scores Of(NetworkEvaluator evaluator, IReadOnlyList<StateDict> members) =>
            new(evaluator.EnsembleAccuracy(members, EvaluationSplit.Validation), evaluator.EnsembleAccuracy(members, EvaluationSplit.Test),
                OodScores.From(evaluator.OutOfDistribution(members)));
    }
}
