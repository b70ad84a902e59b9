using Lottery.Contracts.Architectures;
using Lottery.Contracts.Plugins;
using Lottery.Contracts.SparseTraining;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Runs;
using Lottery.Host.Training;
using static Lottery.Torch.torch;

namespace Lottery.Host.Stages;

/// <summary>
/// Progress of the sparse-training stage: a method starting at an IMP level's density (method, level, density), each
/// epoch of the method training, each mask update (method, level, what moved), and warnings.
/// </summary>
public sealed record SparseTrainingProgress(
    Action<string, int, double>? MethodStarted = null,
    Action<string, EpochResult>? Epoch = null,
    Action<string, int, MaskUpdateReport>? MaskUpdated = null,
    Action<string>? Warning = null);

/// <summary>
/// Dynamic sparse training beside IMP (Lottery:SparseTraining): each method trains, from a fresh initialisation of the
/// experiment's network (drawn with seed + 1, as the transform stage's reinit) and for the whole schedule, at the exact
/// density of each chosen IMP level over the tensors that level's mask covers. Each pair lives in
/// sparse-training/&lt;method&gt;-&lt;hash of its settings&gt;/level_&lt;L&gt;; complete ones are skipped, an interrupted one resumes
/// from its checkpoint (the mask and the updater's random state included).
/// </summary>
public sealed class SparseTrainingStage(LotteryOptions options, StrategyFactory strategies)
{
    /// <summary>Fails before any training when a method is not a mask updater a plugin provides.</summary>
    public void Validate()
    {
        foreach (var _ in Methods()) { }
    }

    public SparseTrainingSummary? Run(ImpRun run, SparseTrainingProgress? progress = null, CancellationToken stop = default)
    {
        if (!options.SparseTraining.Enabled) return null;
        var levels = Levels(run);
        using var setup = ExperimentSetup.Load(options, strategies);
        var plan = ImpStage.Plan(options, setup.Data) with { CaptureStep = null };
        var architecture = strategies.Create<IArchitecture>(options.Experiment.Architecture, "Lottery:Experiment:Architecture");
        var results = new List<(string Method, LevelResult Level)>();
        foreach (var method in Methods())
        {
            var folder = Path.Combine(run.Directory.Path, "sparse-training", $"{method.Descriptor.Name}-{RunFileJson.HashOfJson(method.OptionsJson)[..8]}");
            foreach (var imp in levels)
            {
                var directory = RunDirectory.Level(folder, imp.Level);
                if (directory.IsComplete && directory.FindCorruption() is null)
                {
                    results.Add((method.Descriptor.Name, directory.ReadRecord()));
                    continue;
                }
                if (directory.IsComplete) directory.Clear();
                directory.Create();
                progress?.MethodStarted?.Invoke(method.Name, imp.Level, imp.Density);
                var level = Train(method, directory, run.Directory.Level(imp.Level).MaskPath, imp.Density, architecture, setup, plan with { Level = imp.Level }, run.Directory.Path, progress, stop);
                results.Add((method.Descriptor.Name, level));
                run.Results.SetSparseTraining(SparseTrainingSummary.Of(results));
            }
        }
        var summary = SparseTrainingSummary.Of(results);
        run.Results.SetSparseTraining(summary);
        return summary;
    }

    private LevelResult Train(ResolvedStrategy method, LevelDirectory directory, string impMaskPath, double density, IArchitecture architecture, ExperimentSetup setup,
        LevelPlan plan, string runPath, SparseTrainingProgress? progress, CancellationToken stop)
    {
        var seed = setup.Seed;
        using var model = ExperimentSetup.Initial(architecture, setup.Model.Spec, options.Experiment.Dataset, setup.Device, unchecked(seed + 1));
        IReadOnlyList<string> tensors;
        using (var impMask = SavedWeights.LoadMask(impMaskPath)) tensors = impMask.Tensors.Keys.ToList();
        var name = method.Descriptor.Name;
        // Each level draws its own mask and regrowth: a seed apart from the others' and from the data order's.
        using var updating = MaskUpdating.Start(strategies.Create<IMaskUpdater>(method), name, model.Network, tensors, density,
            unchecked(seed ^ (0xD1B54A32D192ED03UL * (ulong)(plan.Level + 1))), MaskUpdateReport.For(progress?.MaskUpdated, name, plan.Level));
        return new LevelDirectoryTraining(options.Training).Train(directory, model, setup.Data, null, density, plan,
            new InputFiles().Record(runPath, [impMaskPath]),
            new LevelListener(progress?.Epoch is { } epoch ? result => epoch(name, result) : null, Warning: progress?.Warning, Stop: stop), updating);
    }

    private IEnumerable<ResolvedStrategy> Methods() =>
        options.SparseTraining.Methods.Select((method, i) => strategies.Resolve(StrategyKind.MaskUpdater, method, $"Lottery:SparseTraining:Methods:{i}"));

    // The chosen IMP levels (every pruned one by default), each with the density its record keeps.
    private IReadOnlyList<LevelResult> Levels(ImpRun run)
    {
        var chosen = options.SparseTraining.Levels;
        var missing = chosen.Where(level => run.Levels.All(l => l.Level != level)).ToList();
        if (missing.Count > 0)
        {
            throw new ConfigurationError($"Lottery:SparseTraining:Levels names level {missing[0]}, which the IMP run does not have: expected levels 1 to {run.Levels.Max(l => l.Level)}");
        }
        return run.Levels.Where(l => chosen.Count == 0 ? l.Level > 0 : chosen.Contains(l.Level)).ToList();
    }
}
