using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Plugins;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;
using Lottery.Host.Training;

namespace Lottery.Host.Stages;

/// <summary>Progress of a run as it happens, for the console and the metrics (combine several with <see cref="ProgressCombination.And(ImpProgress, ImpProgress)"/>).</summary>
public sealed record ImpProgress(
    Action<RunDirectory>? RunOpened = null,
    Action<int, double, bool>? LevelStarted = null,
    Action<EpochResult>? Epoch = null,
    Action<string>? Warning = null,
    Action<StepReport>? Step = null);

/// <summary>
/// Iterative magnitude pruning with rewinding: level 0 trains the dense network and saves the weights at
/// the rewind step; each level L prunes ceil(PruneFraction * the weights alive at the end of level L-1) (<see
/// cref="ImpPruneCount"/>), resets
/// the survivors to the rewind weights and trains from the rewind step with the mask held fixed. Each level
/// lives in its run directory; complete levels are skipped and an interrupted one resumes from its last
/// epoch checkpoint. Nothing saved is built on unchecked: a level whose files are corrupt or missing, or whose
/// inputs from earlier levels changed since, is redone, and an interrupted one with a corrupt file restarts.
/// </summary>
public sealed class ImpStage(LotteryOptions options, StrategyFactory strategies)
{
    /// <param name="stop">Cancelled to stop: the level under way writes its checkpoint and the run ends with <see cref="OperationCanceledException"/>.</param>
    public ImpRun Run(ImpProgress? progress = null, CancellationToken stop = default)
    {
        var experiment = options.Experiment;
        var pruner = experiment.Levels > 0 ? strategies.Create<IPruner>(strategies.Resolve(StrategyKind.Pruner, experiment.Pruner, "Lottery:Experiment:Pruner")) : null;
        // Everything that can refuse the plan (data, network, schedule, reachable density) before the run directory
        // exists: a plan that cannot run leaves nothing behind.
        using var setup = ExperimentSetup.Load(options, strategies);
        var (data, model, device, seed) = (setup.Data, setup.Model, setup.Device, setup.Seed);
        var plan = Plan(options, data);
        var ignored = IgnoredTensors(model);
        ReachableDensity.Check(experiment, model, ignored);

        var run = RunDirectory.Open(options.Runs.Root, experiment.Name, Descriptor(), progress?.Warning);
        using var runLock = RunLock.Acquire(run.Path);
        var summary = new RunResults(run, experiment.Name);
        progress?.RunOpened?.Invoke(run);
        // Half-written files of a killed run: never loaded (nothing reads *.tmp), removed so they do not pile up.
        var leftovers = AtomicFile.RemoveLeftovers(run.Path);
        if (leftovers.Count > 0) progress?.Warning?.Invoke($"removed {leftovers.Count} unfinished file(s) an interrupted run left: {string.Join(", ", leftovers.Select(Path.GetFileName))}");
        foreach (var problem in ReportWriter.FindCorruption(run.Path)) progress?.Warning?.Invoke($"{problem}: the reports are written again");
        var results = new List<LevelResult>();
        var inputs = new InputFiles();
        for (var level = 0; level <= experiment.Levels; level++)
        {
            var directory = run.Level(level);
            DiscardDamaged(run, directory, inputs, progress?.Warning);
            if (directory.IsComplete)
            {
                var record = directory.ReadRecord();
                progress?.LevelStarted?.Invoke(level, record.Density, true);
                results.Add(record);
                continue;
            }
            directory.Create();
            using var mask = level == 0
                ? DenseMask(model, ignored)
                : LevelMask(run, directory, model, pruner!, ignored, device, seed, data);
            if (!File.Exists(directory.MaskPath)) AtomicFile.WriteTensors(directory.MaskPath, mask.Tensors);
            var density = mask.Density;
            progress?.LevelStarted?.Invoke(level, density, false);
            if (level > 0) StartFromRewindWeights(run, directory, model.Network, mask);
            // Level 0 trains the dense network from step 0 and saves the rewind weights on the way; later levels start there.
            var result = new LevelDirectoryTraining(options.Training).Train(directory, model, data, level == 0 ? null : mask, density,
                plan with { Level = level, StartStep = level == 0 ? 0 : plan.CaptureStep!.Value, CaptureStep = level == 0 ? plan.CaptureStep : null },
                inputs.Record(run.Path, Inputs(run, level)),
                new LevelListener(progress?.Epoch, progress?.Step, progress?.Warning, stop));
            results.Add(result);
            // Results so far stay readable while later levels train, and survive a killed run.
            summary.SetImp(results);
        }
        summary.SetImp(results);
        return new ImpRun(run, results, summary);
    }

    /// <summary>The steps every level trains under these options: the whole schedule, and the rewind step as the capture step.</summary>
    public static LevelPlan Plan(LotteryOptions options, DatasetSplits data)
    {
        var stepsPerEpoch = (int)Math.Max(1, (data.Train.Count + options.Training.BatchSize - 1) / options.Training.BatchSize);
        var total = StepCount.Parse(options.Training.Duration, "Lottery:Training:Duration").ToSteps(stepsPerEpoch);
        var rewind = StepCount.Parse(options.Experiment.RewindStep, "Lottery:Experiment:RewindStep").ToSteps(stepsPerEpoch);
        if (total <= 0) throw new ConfigurationError($"Lottery:Training:Duration = '{options.Training.Duration}' is no training at all: expected at least one step");
        if (rewind >= total)
        {
            throw new ConfigurationError(
                $"Lottery:Experiment:RewindStep = '{options.Experiment.RewindStep}' ({rewind} steps) is not before the end of training ({total} steps of {stepsPerEpoch} per epoch)");
        }
        return new LevelPlan(0, 0, total, stepsPerEpoch, rewind);
    }

    /// <summary>
    /// Clears a level whose files cannot be built on, saying which file and why: a complete level is redone (a file
    /// is corrupt or missing, or an earlier level it was built from has changed since), an interrupted one restarts.
    /// </summary>
    private static void DiscardDamaged(RunDirectory run, LevelDirectory directory, InputFiles inputs, Action<string>? warning)
    {
        if (directory.IsComplete)
        {
            var problem = directory.FindCorruption() ?? directory.FindChangedInput(run.Path, inputs.Record(run.Path, Inputs(run, directory.Level)));
            if (problem == null) return;
            warning?.Invoke($"level {directory.Level} is redone: {problem}");
            directory.Clear();
            // An interrupted next level started from this level's old files; a complete one checks its inputs itself.
            var next = run.Level(directory.Level + 1);
            if (!next.IsComplete) next.Clear();
        }
        else if (directory.FindCorruptionInProgress() is { } problem)
        {
            warning?.Invoke($"level {directory.Level} restarts: {problem}");
            directory.Clear();
        }
    }

    /// <summary>The files of earlier levels a level is built from: the previous level's final weights and mask, which it prunes, and level 0's rewind weights, where it starts.</summary>
    private static IEnumerable<string> Inputs(RunDirectory run, int level) =>
        level == 0 ? [] : [run.Level(level - 1).FinalPath, run.Level(level - 1).MaskPath, run.Level(0).RewindPath];

    private Mask LevelMask(RunDirectory run, LevelDirectory directory, ArchitectureModel model, IPruner pruner, IReadOnlySet<string> ignored,
        Lottery.Torch.Device device, ulong seed, DatasetSplits data)
    {
        // A level interrupted after pruning keeps its mask (verified by DiscardDamaged): resuming must not prune again.
        if (File.Exists(directory.MaskPath)) return SavedWeights.LoadMask(directory.MaskPath);
        var previous = run.Level(directory.Level - 1);
        SavedWeights.Load(previous.FinalPath, model.Network);
        using var current = SavedWeights.LoadMask(previous.MaskPath);
        // The level masks hold the covered tensors only (see DenseMask), so the mask's count is the covered weights alive.
        var (alive, total) = current.Count();
        var target = ImpPruneCount.TargetDensity(alive, total, options.Experiment.PruneFraction);
        var mask = pruner.Prune(new PruningContext(model.Network, current, target, model.PrunableTensors, ignored, data.Train, device, seed));
        MaskChecks.Check(mask, current, target, options.Experiment.Pruner);
        AtomicFile.WriteTensors(directory.MaskPath, mask.Tensors);
        return mask;
    }

    private Mask DenseMask(ArchitectureModel model, IReadOnlySet<string> ignored)
    {
        using var weights = StateDict.FromModule(model.Network);
        var mask = Mask.KeepAll(weights, model.PrunableTensors.Where(name => !ignored.Contains(name)));
        return mask;
    }

    private static void StartFromRewindWeights(RunDirectory run, LevelDirectory directory, nn.Module network, Mask mask)
    {
        SavedWeights.Load(run.Level(0).RewindPath, network);
        new MaskedWeights(network, mask).Apply();
        SavedWeights.Save(directory.RewindPath, network);
    }

    private HashSet<string> IgnoredTensors(ArchitectureModel model)
    {
        var unknown = options.Experiment.IgnoredTensors.Where(name => !model.PrunableTensors.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ConfigurationError(
                $"Lottery:Experiment:IgnoredTensors names {string.Join(", ", unknown.Select(n => $"'{n}'"))}, which {model.Spec} does not have among its prunable tensors: {string.Join(", ", model.PrunableTensors)}");
        }
        var ignored = options.Experiment.IgnoredTensors.ToHashSet();
        if (options.Experiment.KeepOutputLayerDense) ignored.UnionWith(model.OutputLayerTensors);
        return ignored;
    }

    /// <summary>What this run computes (see <see cref="ImpDescriptor"/>), with the options of its architecture, dataset and pruner.</summary>
    /// <summary>The run directory this configuration's run lives in (created or not), without loading data or training.</summary>
    public string RunDirectoryPath() => RunDirectory.PathOf(options.Runs.Root, options.Experiment.Name, Descriptor());

    private ImpDescriptor Descriptor()
    {
        var e = options.Experiment;
        return ImpDescriptor.Of(e, options.Training, [
            strategies.Resolve(StrategyKind.Architecture, e.Architecture, "Lottery:Experiment:Architecture"),
            strategies.Resolve(StrategyKind.Dataset, e.Dataset, "Lottery:Experiment:Dataset"),
            strategies.Resolve(StrategyKind.Pruner, e.Pruner, "Lottery:Experiment:Pruner")]);
    }
}
