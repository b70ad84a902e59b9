using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Plugins;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.SparseTraining;
using Lottery.Contracts.Tickets;
using Lottery.Contracts.Transform;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;
using Lottery.Host.Training;

namespace Lottery.Host.Stages;

/// <summary>
/// Progress of the transform stage: the IMP runs it runs or resumes, each method as it starts, each epoch, and each mask
/// update of a dynamic-sparse-training baseline (method, source level, what moved).
/// </summary>
public sealed record TransformProgress(ImpProgress? Imp = null, Action<string>? MethodStarted = null, Action<string, EpochResult>? Epoch = null,
    Action<string, int, MaskUpdateReport>? MaskUpdated = null);

/// <summary>
/// Elastic lottery tickets (Lottery:Transform): for each transfer and source level, the source run's ticket is moved
/// to the target network by the transformer and trained from the rewind point with the experiment's schedule; the
/// baselines train at the ticket's exact density: random from the moved weights with the ticket's mask shuffled, the
/// pruning-at-initialisation pruners from the target's own weights at the rewind step (<see cref="TargetRewindWeights"/>), reinit
/// from a fresh initialisation; with ImpOnTarget, the experiment's IMP on the target gives the reference. Every method
/// lives in &lt;run&gt;/transform/&lt;source&gt;-to-&lt;target&gt;-&lt;hash&gt;/level_L/&lt;method&gt;, is skipped when complete
/// (unless a file its start was made from has changed since) and resumes from its checkpoint; summary.json gains the
/// results after each level.
/// </summary>
public sealed class TransformStage(LotteryOptions options, StrategyFactory strategies)
{
    /// <summary>Checks the stage's strategies and levels, so that a mistake stops the run before any training.</summary>
    public void Validate()
    {
        var transform = options.Transform;
        var tooDeep = transform.SourceLevels.Where(level => level > options.Experiment.Levels).ToList();
        if (tooDeep.Count > 0)
        {
            throw new ConfigurationError(
                $"Lottery:Transform:SourceLevels has level {tooDeep[0]}, but Lottery:Experiment:Levels = {options.Experiment.Levels}: the IMP runs this stage uses stop there");
        }
        // Resolving binds and validates each strategy's options (once: the run uses the same resolution).
        _ = Transformers().Concat(Baselines()).Concat(DynamicBaselines()).ToList();
    }

    /// <summary>Each transfer's transformer with its options (a bad name or option is a configuration error naming its key).</summary>
    private IEnumerable<ResolvedStrategy> Transformers() =>
        options.Transform.Transfers.Select((t, i) => strategies.Resolve(StrategyKind.TicketTransformer, t.Transformer, $"Lottery:Transform:Transfers:{i}:Transformer"));

    /// <summary>The pruner baselines with their options (reinit is not a pruner, nor are the mask updaters).</summary>
    private IEnumerable<ResolvedStrategy> Baselines() =>
        options.Transform.Baselines.Where(b => !b.Equals(TransformOptions.Reinit, StringComparison.OrdinalIgnoreCase) && !strategies.Provides(StrategyKind.MaskUpdater, b))
            .Select(name => strategies.Resolve(StrategyKind.Pruner, name, "Lottery:Transform:Baselines"));

    /// <summary>The dynamic-sparse-training baselines (set, rigl): the mask updaters the list names.</summary>
    private IEnumerable<ResolvedStrategy> DynamicBaselines() =>
        options.Transform.Baselines.Where(b => strategies.Provides(StrategyKind.MaskUpdater, b))
            .Select(name => strategies.Resolve(StrategyKind.MaskUpdater, name, "Lottery:Transform:Baselines"));

    public IReadOnlyList<TransformResult> Run(ImpRun experimentRun, TransformProgress? progress = null, CancellationToken stop = default)
    {
        Validate();
        var transform = options.Transform;
        var experiment = options.Experiment;
        var transformers = Transformers().ToList();
        var baselines = Baselines().Select(b => (Strategy: b, Pruner: strategies.Create<IPruner>(b))).ToList();
        using var runLock = RunLock.Acquire(experimentRun.Directory.Path);
        using var setup = ExperimentSetup.Load(options, strategies);
        var (data, device, seed) = (setup.Data, setup.Device, setup.Seed);

        var inputs = new InputFiles();
        var results = new List<TransformResult>();
        for (var i = 0; i < transform.Transfers.Count; i++)
        {
            var transfer = transform.Transfers[i];
            var source = Source(transfer, i, experimentRun, progress, stop);
            var reference = transform.ImpOnTarget ? ImpOn(transfer.TargetVariant, experimentRun, progress, stop) : null;
            var target = new ArchitectureSpec(experiment.Architecture, transfer.TargetVariant, data.InputShape, data.Classes);
            var targetName = Transfer.NameOf(target);
            var folder = Path.Combine(experimentRun.Directory.Path, "transform", $"{source.Name}-to-{targetName}-{RunFileJson.HashOf(TransferDescriptor.Of(source.RunPath, targetName, transformers[i]))}");
            // Made on first use, once for every level: only the pruning-at-initialisation baselines start there.
            var targetRewind = new Lazy<string>(() => new TargetRewindWeights(options).Ensure(folder,
                () => ExperimentSetup.Initial(strategies.Create<IArchitecture>(target.Strategy, "Lottery:Experiment:Architecture"), target, experiment.Dataset, device, seed),
                data, reference, progress, stop));
            foreach (var level in transform.SourceLevels)
            {
                var transferred = new Transfer(source, target, level, Path.Combine(folder, $"level_{level}"));
                results.AddRange(TrainLevel(transferred, transfer.Transformer, strategies.Create<ITicketTransformer>(transformers[i]), baselines, targetRewind, data, device, seed, experimentRun, inputs, progress, stop));
                if (reference != null) results.Add(Result(transferred, "imp", StartWeights.TargetRewind, reference.Levels[level]));
                // Results so far stay readable while later transfers train.
                experimentRun.Results.SetTransform(new TransformSummary(results));
            }
        }
        return results;
    }

    /// <summary>A source level's ticket on its way to a target network, and the folder its methods are kept in.</summary>
    private sealed record Transfer(TransferSource Source, ArchitectureSpec Target, int Level, string Folder)
    {
        public string TargetName => NameOf(Target);

        /// <summary>"cifar-resnet-20": how results name a target.</summary>
        public static string NameOf(ArchitectureSpec target) => $"{target.Strategy}-{target.Variant}";
    }

    private List<TransformResult> TrainLevel(Transfer transfer, string transformerName, ITicketTransformer transformer,
        List<(ResolvedStrategy Strategy, IPruner Pruner)> baselines, Lazy<string> targetRewind, DatasetSplits data, Lottery.Torch.Device device, ulong seed,
        ImpRun experimentRun, InputFiles inputs, TransformProgress? progress, CancellationToken stop)
    {
        var sourceSpec = transfer.Target with { Strategy = transfer.Source.Architecture, Variant = transfer.Source.Variant };
        var architecture = strategies.Create<IArchitecture>(transfer.Target.Strategy, "Lottery:Experiment:Architecture");
        ArchitectureModel Target() => architecture.Create(transfer.Target);
        using var sourceModel = strategies.Create<IArchitecture>(transfer.Source.Architecture, "Lottery:Transform:Transfers:Source").Create(sourceSpec);
        using var ticket = transfer.Source.LoadTicket(transfer.Level, sourceSpec);
        manual_seed(seed);
        using var emptyTarget = Target();
        using var moved = transformer.Transform(new TransformContext(ticket, sourceModel, emptyTarget));

        // The moved ticket's density comes from the source's mask: every start is made from it.
        var maskFile = transfer.Source.MaskFile(transfer.Level);
        var movedStart = new StartPoint(StartWeights.Moved, [transfer.Source.RewindFile, maskFile], moved.Weights.Clone);
        StartPoint TargetRewindStart() => new(StartWeights.TargetRewind, [targetRewind.Value, maskFile], () =>
        {
            using var model = Target();
            SavedWeights.Load(targetRewind.Value, model.Network);
            return StateDict.FromModule(model.Network);
        });
        var methods = new List<TargetMethod> { TargetMethod.Ticket(transformerName, moved, movedStart) };
        methods.AddRange(baselines.Select(b => TargetMethod.Pruned(b.Strategy, b.Pruner, moved, movedStart, TargetRewindStart, Target, data.Train, device, seed)));
        if (options.Transform.Baselines.Contains(TransformOptions.Reinit, StringComparer.OrdinalIgnoreCase)) methods.Add(TargetMethod.Reinit(moved, Target, seed, maskFile));
        methods.AddRange(DynamicBaselines().Select(d => TargetMethod.Dynamic(d, strategies.Create<IMaskUpdater>(d), moved, Target, seed, maskFile)));
        return methods.Select(method => Result(transfer, method.Name, method.StartWeights,
            Train(transfer, method, Target, data, device, seed, (experimentRun.Directory.Path, inputs.Record(experimentRun.Directory.Path, method.Inputs)), progress, stop))).ToList();
    }

    private LevelResult Train(Transfer transfer, TargetMethod method, Func<ArchitectureModel> target, DatasetSplits data,
        Lottery.Torch.Device device, ulong seed, (string RunPath, JsonObject Files) builtFrom, TransformProgress? progress, CancellationToken stop)
    {
        var directory = new LevelDirectory(Path.Combine(transfer.Folder, method.Folder), transfer.Level);
        var title = $"transform {transfer.Source.Name} -> {transfer.TargetName}, source level {transfer.Level}: {method.Name}";
        if (directory.IsComplete)
        {
            if (directory.FindChangedInput(builtFrom.RunPath, builtFrom.Files) is not { } changed)
            {
                progress?.MethodStarted?.Invoke($"{title} (complete, skipped)");
                return directory.ReadRecord();
            }
            progress?.Imp?.Warning?.Invoke($"{title} is trained again: {changed}");
            directory.Clear();
        }
        directory.Create();
        // An interrupted method keeps its start: resuming must not prune or initialise again.
        if (!File.Exists(directory.MaskPath) || !File.Exists(directory.RewindPath))
        {
            using var start = method.Start();
            using var network = target();
            start.Weights.LoadInto(network.Network);
            start.Mask.ApplyTo(network.Network);
            SavedWeights.Save(directory.RewindPath, network.Network);
            AtomicFile.WriteTensors(directory.MaskPath, start.Mask.Tensors);
        }
        manual_seed(seed);
        using var model = target();
        SavedWeights.Load(directory.RewindPath, model.Network);
        model.Network.to(device);
        using var mask = SavedWeights.LoadMask(directory.MaskPath);
        var density = mask.Density;
        using var updating = method.Updating?.Invoke(mask.Clone(), MaskUpdateReport.For(progress?.MaskUpdated, method.Name, transfer.Level));
        progress?.MethodStarted?.Invoke(FormattableString.Invariant($"{title} at density {density * 100:F2}%"));
        var plan = ImpStage.Plan(options, data);
        return new LevelDirectoryTraining(options.Training).Train(directory, model, data, updating is null ? mask : null, density,
            plan with { Level = transfer.Level, StartStep = plan.CaptureStep!.Value, CaptureStep = null }, builtFrom.Files,
            new LevelListener(Epoch: epoch => progress?.Epoch?.Invoke(method.Name, epoch), Warning: progress?.Imp?.Warning, Stop: stop), updating);
    }

    private static TransformResult Result(Transfer transfer, string method, string startWeights, LevelResult level) => new(
        transfer.Source.Name, transfer.TargetName, transfer.Level, method, startWeights, level.Density,
        level.Final.TestAccuracy, level.BestValidation.TestAccuracy, level.Final.ValidationAccuracy, level.BestValidation.ValidationAccuracy);

    /// <summary>The source run (the experiment's, its IMP on another variant, or a run directory) as the transfer names it.</summary>
    private TransferSource Source(TransferOptions transfer, int index, ImpRun experimentRun, TransformProgress? progress, CancellationToken stop)
    {
        var key = $"Lottery:Transform:Transfers:{index}:Source";
        if (!transfer.SourceIsRunDirectory)
        {
            var run = transfer.Source.Length == 0 ? experimentRun : ImpOn(transfer.Source, experimentRun, progress, stop);
            return TransferSource.Read(run.Directory.Path, key);
        }
        var source = TransferSource.Read(transfer.Source, key);
        if (source.Dataset != options.Experiment.Dataset)
        {
            throw new ConfigurationError($"{key} = '{transfer.Source}' was trained on {source.Dataset}, but the targets train on Lottery:Experiment:Dataset = '{options.Experiment.Dataset}'");
        }
        return source;
    }

    /// <summary>The experiment's IMP run on another variant of its architecture (run, or resumed, here), named &lt;name&gt;-&lt;variant&gt;.</summary>
    private ImpRun ImpOn(string variant, ImpRun experimentRun, TransformProgress? progress, CancellationToken stop)
    {
        if (variant == options.Experiment.Variant) return experimentRun;
        var experiment = JsonSerializer.Deserialize<ExperimentOptions>(JsonSerializer.Serialize(options.Experiment))!;
        experiment.Name = $"{options.Experiment.Name}-{variant}";
        experiment.Variant = variant;
        return new ImpStage(options with { Experiment = experiment }, strategies).Run(progress?.Imp, stop);
    }
}
