using System.Text.Json.Nodes;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Tickets;
using Lottery.Host.Options;
using Lottery.Host.Runs;

namespace Lottery.Host.Training;

/// <summary>What a level's training reports as it goes: each epoch, each step, warnings, and the stop request.</summary>
public sealed record LevelListener(Action<EpochResult>? Epoch = null, Action<StepReport>? Step = null, Action<string>? Warning = null, CancellationToken Stop = default);

/// <summary>
/// The one way a level is trained into its directory, for IMP's levels and every method of the transform stage: the
/// network (already holding its start weights) trains from the plan's start step with the mask held fixed, resuming
/// from the directory's checkpoint when there is one; the weights at the capture step (level 0's rewind point), at
/// the epoch of best validation accuracy and at the end are saved there, and the level is completed with the files it
/// was built from. What the level starts from (pruning, a moved ticket, a baseline's mask) is the caller's.
/// </summary>
public sealed class LevelDirectoryTraining(TrainingOptions training)
{
    /// <param name="mask">The mask held fixed while training; null for a dense level.</param>
    /// <param name="density">The level's density, as its record keeps it.</param>
    /// <param name="builtFrom">The earlier files the level was built from (<see cref="InputFiles.Record"/>).</param>
    /// <param name="updating">Dynamic sparse training (mask is then null): the mask at the end is saved as the level's.</param>
    public LevelResult Train(LevelDirectory directory, ArchitectureModel model, DatasetSplits data, Mask? mask, double density, LevelPlan plan, JsonObject builtFrom, LevelListener listener, MaskUpdating? updating = null)
    {
        var epochs = new LevelTrainer(training).Train(model, data, mask is null ? null : new MaskedWeights(model.Network, mask), plan,
            new TrainingHooks(directory.CheckpointPath,
                AtCaptureStep: network => SavedWeights.Save(directory.RewindPath, network),
                OnNewBest: network => SavedWeights.Save(directory.BestPath, network),
                OnEpoch: listener.Epoch,
                Stop: listener.Stop,
                Warning: listener.Warning,
                OnStep: listener.Step), updating);
        SavedWeights.Save(directory.FinalPath, model.Network);
        if (updating != null) AtomicFile.WriteTensors(directory.MaskPath, updating.Current.Tensors);
        var result = new LevelResult(plan.Level, density, epochs);
        directory.Complete(result, builtFrom);
        return result;
    }
}
