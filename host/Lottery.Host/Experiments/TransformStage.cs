using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Plugins;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Contracts.Transform;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Reports;
using Lottery.Host.Runs;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;

namespace Lottery.Host.Experiments;

/// <summary>Progress of the transform stage: the IMP runs it runs or resumes, each method as it starts, each epoch.</summary>
public sealed record TransformProgress(ImpProgress? Imp = null, Action<string>? MethodStarted = null, Action<string, EpochResult>? Epoch = null);

/// <summary>
/// Elastic lottery tickets (Lottery:Transform): for each transfer and source level, the source run's ticket is moved
/// to the target network by the transformer and trained from the rewind point with the experiment's schedule; the
/// baselines start from the same moved weights (pruned by each baseline to the ticket's exact density) or from a
/// fresh initialisation (reinit); with ImpOnTarget, the experiment's IMP on the target gives the reference. Every
/// method lives in &lt;run&gt;/transform/&lt;source&gt;-to-&lt;target&gt;-&lt;hash&gt;/level_L/&lt;method&gt;, is skipped when
/// complete and resumes from its checkpoint; summary.json gains the results after each level.
/// </summary>
public sealed class TransformStage(LotteryOptions options, StrategyFactory strategies, Hosting.StopSignal stop)
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
        for (var i = 0; i < transform.Transfers.Count; i++) strategies.Validate(StrategyKind.TicketTransformer, transform.Transfers[i].Transformer, $"Lottery:Transform:Transfers:{i}:Transformer");
        foreach (var name in transform.Baselines.Where(b => !b.Equals(TransformOptions.Reinit, StringComparison.OrdinalIgnoreCase)))
        {
            strategies.Validate(StrategyKind.Pruner, name, "Lottery:Transform:Baselines");
        }
    }

    public IReadOnlyList<TransformResult> Run(ImpRun experimentRun, TransformProgress? progress = null)
    {
        Validate();
        var transform = options.Transform;
        var experiment = options.Experiment;
        var transformers = transform.Transfers.Select((t, i) => strategies.Create<ITicketTransformer>(t.Transformer, $"Lottery:Transform:Transfers:{i}:Transformer")).ToList();
        var baselines = transform.Baselines.Where(b => !b.Equals(TransformOptions.Reinit, StringComparison.OrdinalIgnoreCase))
            .Select(name => (Name: name, Pruner: strategies.Create<IPruner>(name, "Lottery:Transform:Baselines"),
                Options: strategies.BindOptions(strategies.Validate(StrategyKind.Pruner, name, "Lottery:Transform:Baselines"))))
            .ToList();
        using var runLock = RunLock.Acquire(experimentRun.Directory.Path);
        using var setup = ExperimentSetup.Load(options, strategies);
        var (data, device, seed) = (setup.Data, setup.Device, setup.Seed);

        var results = new List<TransformResult>();
        for (var i = 0; i < transform.Transfers.Count; i++)
        {
            var transfer = transform.Transfers[i];
            var source = Source(transfer, i, experimentRun, progress);
            var reference = transform.ImpOnTarget ? ImpOn(transfer.TargetVariant, experimentRun, progress) : null;
            foreach (var level in transform.SourceLevels)
            {
                var transferred = new Transfer(source, new ArchitectureSpec(experiment.Architecture, transfer.TargetVariant, data.InputShape, data.Classes), level);
                results.AddRange(TrainLevel(transferred, transfer.Transformer, transformers[i], baselines, data, device, seed, experimentRun, progress));
                if (reference != null) results.Add(Result(transferred, "imp", reference.Levels[level]));
                // Results so far stay readable while later transfers train.
                ReportWriter.Write(Summary(experimentRun) with { Transform = new TransformSummary(results) });
            }
        }
        return results;
    }

    /// <summary>A source level's ticket on its way to a target network.</summary>
    private sealed record Transfer(TransferSource Source, ArchitectureSpec Target, int Level)
    {
        public string TargetName => $"{Target.Strategy}-{Target.Variant}";
    }

    private List<TransformResult> TrainLevel(Transfer transfer, string transformerName, ITicketTransformer transformer,
        List<(string Name, IPruner Pruner, object Options)> baselines, DatasetSplits data, Lottery.Torch.Device device, ulong seed, ImpRun experimentRun,
        TransformProgress? progress)
    {
        var sourceSpec = transfer.Target with { Strategy = transfer.Source.Architecture, Variant = transfer.Source.Variant };
        var architecture = strategies.Create<IArchitecture>(transfer.Target.Strategy, "Lottery:Experiment:Architecture");
        ArchitectureModel Target() => architecture.Create(transfer.Target);
        using var sourceModel = strategies.Create<IArchitecture>(transfer.Source.Architecture, "Lottery:Transform:Transfers:Source").Create(sourceSpec);
        using var ticket = transfer.Source.LoadTicket(transfer.Level, sourceSpec);
        manual_seed(seed);
        using var emptyTarget = Target();
        using var moved = transformer.Transform(new TransformContext(ticket, sourceModel, emptyTarget));

        var folder = Path.Combine(experimentRun.Directory.Path, "transform", $"{transfer.Source.Name}-to-{transfer.TargetName}-{TransferHash(transfer, transformerName)}",
            $"level_{transfer.Level}");
        var methods = new List<TargetMethod> { TargetMethod.Ticket(transformerName, moved) };
        methods.AddRange(baselines.Select(b => TargetMethod.Pruned(b.Name, b.Pruner, b.Options, moved, Target, data.Train, device, seed)));
        if (options.Transform.Baselines.Contains(TransformOptions.Reinit, StringComparer.OrdinalIgnoreCase)) methods.Add(TargetMethod.Reinit(moved, Target, seed));
        return methods.Select(method => Result(transfer, method.Name, Train(transfer, method, Path.Combine(folder, method.Folder), Target, data, device, seed, progress))).ToList();
    }

    private LevelResult Train(Transfer transfer, TargetMethod method, string folder, Func<ArchitectureModel> target, DatasetSplits data,
        Lottery.Torch.Device device, ulong seed, TransformProgress? progress)
    {
        var directory = new LevelDirectory(folder, transfer.Level);
        var title = $"transform {transfer.Source.Name} -> {transfer.TargetName}, source level {transfer.Level}: {method.Name}";
        if (directory.IsComplete)
        {
            progress?.MethodStarted?.Invoke($"{title} (complete, skipped)");
            return directory.ReadRecord();
        }
        directory.Create();
        // An interrupted method keeps its start: resuming must not prune or initialise again.
        if (!File.Exists(directory.MaskPath) || !File.Exists(directory.RewindPath))
        {
            using var start = method.Start();
            using var network = target();
            start.Weights.LoadInto(network.Network);
            start.Mask.ApplyTo(network.Network);
            ImpStage.SaveWeights(directory.RewindPath, network.Network);
            AtomicFile.WriteTensors(directory.MaskPath, start.Mask.Tensors);
        }
        manual_seed(seed);
        using var model = target();
        ImpStage.LoadWeights(directory.RewindPath, model.Network);
        model.Network.to(device);
        using var mask = ImpStage.LoadMask(directory.MaskPath);
        var density = mask.Density;
        progress?.MethodStarted?.Invoke(FormattableString.Invariant($"{title} at density {density * 100:F2}%"));
        var plan = ImpStage.Plan(options, data);
        var epochs = new LevelTrainer(options.Training).Train(model, data, new MaskedWeights(model.Network, mask),
            plan with { Level = transfer.Level, StartStep = plan.CaptureStep!.Value, CaptureStep = null },
            new TrainingHooks(directory.CheckpointPath, OnEpoch: epoch => progress?.Epoch?.Invoke(method.Name, epoch), StopRequested: () => stop.IsRequested,
                Warning: progress?.Imp?.Warning));
        ImpStage.SaveWeights(directory.FinalPath, model.Network);
        var result = new LevelResult(transfer.Level, density, epochs);
        directory.Complete(result);
        return result;
    }

    /// <summary>The run's summary as the stages before this one left it (pools included), with the IMP results as they are now.</summary>
    private RunSummary Summary(ImpRun experimentRun)
    {
        var fresh = RunSummary.From(options.Experiment.Name, experimentRun);
        var path = experimentRun.Directory.SummaryPath;
        return File.Exists(path) ? RunSummary.Read(path) with { Imp = fresh.Imp } : fresh;
    }

    private static TransformResult Result(Transfer transfer, string method, LevelResult level) => new(
        transfer.Source.Name, transfer.TargetName, transfer.Level, method, level.Density,
        level.Final.TestAccuracy, level.BestValidation.TestAccuracy, level.Final.ValidationAccuracy, level.BestValidation.ValidationAccuracy);

    /// <summary>The source run (the experiment's, its IMP on another variant, or a run directory) as the transfer names it.</summary>
    private TransferSource Source(TransferOptions transfer, int index, ImpRun experimentRun, TransformProgress? progress)
    {
        var key = $"Lottery:Transform:Transfers:{index}:Source";
        if (!transfer.SourceIsRunDirectory)
        {
            var run = transfer.Source.Length == 0 ? experimentRun : ImpOn(transfer.Source, experimentRun, progress);
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
    private ImpRun ImpOn(string variant, ImpRun experimentRun, TransformProgress? progress)
    {
        if (variant == options.Experiment.Variant) return experimentRun;
        var experiment = JsonSerializer.Deserialize<ExperimentOptions>(JsonSerializer.Serialize(options.Experiment))!;
        experiment.Name = $"{options.Experiment.Name}-{variant}";
        experiment.Variant = variant;
        return new ImpStage(options with { Experiment = experiment }, strategies, stop).Run(progress?.Imp);
    }

    // What the moved ticket depends on besides the source level: the source run, the target and the transformer's settings.
    private string TransferHash(Transfer transfer, string transformerName)
    {
        var descriptor = strategies.Validate(StrategyKind.TicketTransformer, transformerName, "Lottery:Transform:Transfers:Transformer");
        var options = strategies.BindOptions(descriptor);
        return RunDirectory.HashOf(new JsonObject
        {
            ["source"] = transfer.Source.RunPath,
            ["target"] = transfer.TargetName,
            ["transformer"] = transformerName,
            ["options"] = JsonSerializer.SerializeToNode(options, descriptor.OptionsType),
        });
    }
}
