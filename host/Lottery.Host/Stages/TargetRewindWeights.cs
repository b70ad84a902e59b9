using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Host.Options;
using Lottery.Host.Runs;
using Lottery.Host.Training;

namespace Lottery.Host.Stages;

/// <summary>
/// A transfer target's own dense weights at the rewind step, which the pruning-at-initialisation baselines score and
/// train from: ElasticLTH's prune_early prunes the weights the target's own run holds at the rewind step, not a moved
/// ticket's. They are the target's initialisation trained to the rewind step exactly as level 0 of IMP on the target
/// trains it (the experiment's seed, schedule and data order), or a copy of that level's rewind weights when the stage
/// ran IMP on the target (ImpOnTarget). Kept once per transfer in &lt;transfer&gt;/target-rewind/, shared by every
/// baseline and source level; an interrupted training resumes from its checkpoint there.
/// </summary>
public sealed class TargetRewindWeights(LotteryOptions options)
{
    /// <summary>The progress name of the training to the rewind step.</summary>
    public const string Name = "target-rewind";

    /// <summary>Where the weights of the transfer whose folder is transferFolder are kept.</summary>
    public static string PathIn(string transferFolder) => Path.Combine(transferFolder, Name, "rewind.safetensors");

    /// <summary>
    /// The weights' file in transferFolder, made first when it is not there (or does not load): copied from the target's
    /// IMP run when there is one, else trained from initialTarget (the target as ExperimentSetup.Initial builds it).
    /// </summary>
    public string Ensure(string transferFolder, Func<ArchitectureModel> initialTarget, DatasetSplits data, ImpRun? targetImp, TransformProgress? progress, CancellationToken stop)
    {
        var path = PathIn(transferFolder);
        if (File.Exists(path))
        {
            if (TensorFiles.FindUnreadable([path]) is not { } problem) return path;
            progress?.Imp?.Warning?.Invoke($"the target's rewind weights are made again: {problem}");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (targetImp != null)
        {
            var source = targetImp.Directory.Level(0).RewindPath;
            AtomicFile.Write(path, stream =>
            {
                using var copied = File.OpenRead(source);
                copied.CopyTo(stream);
            });
            return path;
        }
        Train(path, initialTarget, data, progress, stop);
        return path;
    }

    private void Train(string path, Func<ArchitectureModel> initialTarget, DatasetSplits data, TransformProgress? progress, CancellationToken stop)
    {
        var checkpoint = Path.Combine(Path.GetDirectoryName(path)!, "checkpoint.safetensors");
        var plan = ImpStage.Plan(options, data);
        progress?.MethodStarted?.Invoke($"training the target's own weights to the rewind step ({plan.CaptureStep} steps) for the pruning-at-initialisation baselines");
        using var model = initialTarget();
        // Level 0's plan stopped at its capture step: the same seed, schedule and data order up to there.
        new LevelTrainer(options.Training).Train(model, data, null, plan with { Level = 0, StartStep = 0, CaptureStep = null, StopStep = plan.CaptureStep },
            new TrainingHooks(checkpoint, OnEpoch: epoch => progress?.Epoch?.Invoke(Name, epoch), Stop: stop, Warning: progress?.Imp?.Warning));
        SavedWeights.Save(path, model.Network);
        if (File.Exists(checkpoint)) File.Delete(checkpoint);
    }
}
