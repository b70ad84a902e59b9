using System.Globalization;
using System.Text.Json;
using Lottery.Contracts.Tickets;
using Lottery.Host.Runs;
using Lottery.Torch;
using Lottery.Torch.Optim;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>
/// Everything needed to continue a level exactly where it stopped: model and optimizer state, the step,
/// the state of every default random generator the model draws from (the CPU's, and each accelerator's its
/// parameters live on: dropout and other random layers use them), the epochs evaluated so far and the training
/// loss of the epoch under way. The data
/// order, its augmentation and the learning rate are functions of the step (their generator is reseeded each
/// epoch), so they need no state of their own. One safetensors file, written atomically.
/// </summary>
public static class TrainingCheckpoint
{
    private const string ModelPrefix = "model/";
    private const string OptimizerPrefix = "optimizer/";
    private const string RngPrefix = "rng/";
    // Dynamic sparse training: the current mask and the updater's random source (its schedule is a function of the step).
    private const string MaskPrefix = "mask/";
    private const string UpdaterRandom = "updater-rng";

    /// <summary>
    /// Where a level's training stands: the step, the epochs evaluated, the best validation accuracy, and the
    /// epoch under way's training loss so far (summed over its batches, and their count; zero at an epoch's end).
    /// </summary>
    public sealed record Progress(long Step, IReadOnlyList<EpochResult> Epochs, double BestValidationAccuracy, double EpochLossSum = 0, long EpochBatches = 0);

    public static void Save(string path, nn.Module model, Optimizer optimizer, Progress progress, MaskUpdating? updating = null)
    {
        using var scope = NewDisposeScope();
        var tensors = new Dictionary<string, Tensor>();
        foreach (var (name, tensor) in model.state_dict()) tensors[ModelPrefix + name] = tensor;
        using var state = optimizer.state_dict();
        var (optimizerTensors, optimizerMetadata) = state.ToTensors();
        foreach (var (name, tensor) in optimizerTensors) tensors[OptimizerPrefix + name] = tensor;
        foreach (var device in RandomDevices(model))
        {
            using var generator = Generator.Default(device);
            tensors[RngPrefix + device] = generator.get_state();
        }
        if (updating != null)
        {
            foreach (var (name, keep) in updating.Current.Tensors) tensors[MaskPrefix + name] = keep;
            tensors[UpdaterRandom] = updating.Random.get_state();
        }
        var metadata = optimizerMetadata.ToDictionary(pair => OptimizerPrefix + pair.Key, pair => pair.Value);
        metadata["step"] = progress.Step.ToString(CultureInfo.InvariantCulture);
        metadata["bestValidationAccuracy"] = progress.BestValidationAccuracy.ToString("R", CultureInfo.InvariantCulture);
        metadata["epochs"] = JsonSerializer.Serialize(progress.Epochs);
        metadata["epochLossSum"] = progress.EpochLossSum.ToString("R", CultureInfo.InvariantCulture);
        metadata["epochBatches"] = progress.EpochBatches.ToString(CultureInfo.InvariantCulture);
        AtomicFile.WriteTensors(path, tensors, metadata);
    }

    public static Progress Load(string path, nn.Module model, Optimizer optimizer, MaskUpdating? updating = null)
    {
        using var file = SafeTensors.Load(path);
        using var scope = NewDisposeScope();
        // Checked before anything is loaded: a checkpoint without the mask cannot continue dynamic sparse training.
        if (updating != null && (!file.Tensors.ContainsKey(UpdaterRandom) || updating.Current.Tensors.Keys.Any(name => !file.Tensors.ContainsKey(MaskPrefix + name))))
        {
            throw new IOException($"{path} holds no dynamic sparse training state (mask and random source)");
        }
        SavedWeights.LoadInto(model, WithPrefix(file.Tensors, ModelPrefix), path);
        var optimizerMetadata = file.Metadata.Where(p => p.Key.StartsWith(OptimizerPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[OptimizerPrefix.Length..], p => p.Value);
        using (var state = OptimizerState.FromTensors(WithPrefix(file.Tensors, OptimizerPrefix), optimizerMetadata)) optimizer.load_state_dict(state);
        // A device without a saved state is one the run did not use before: resumed on another device, the
        // results cannot be identical anyway.
        foreach (var device in RandomDevices(model))
        {
            if (!file.Tensors.TryGetValue(RngPrefix + device, out var state)) continue;
            using var generator = Generator.Default(device);
            generator.set_state(state);
        }
        if (updating != null)
        {
            updating.Restore(new Mask(updating.Current.Tensors.Keys.Select(name => KeyValuePair.Create(name, file.Tensors[MaskPrefix + name].to(updating.Current[name].device, copy: true).MoveToOuterDisposeScope())).ToList()));
            updating.Random.set_state(file.Tensors[UpdaterRandom]);
        }
        var epochs = JsonSerializer.Deserialize<List<EpochResult>>(file.Metadata["epochs"]) ?? new List<EpochResult>();
        return new Progress(long.Parse(file.Metadata["step"], CultureInfo.InvariantCulture), epochs,
            double.Parse(file.Metadata["bestValidationAccuracy"], CultureInfo.InvariantCulture),
            // Absent from checkpoints written before they were recorded: the epoch's loss then counts only what follows.
            file.Metadata.TryGetValue("epochLossSum", out var lossSum) ? double.Parse(lossSum, CultureInfo.InvariantCulture) : 0,
            file.Metadata.TryGetValue("epochBatches", out var batches) ? long.Parse(batches, CultureInfo.InvariantCulture) : 0);
    }

    // The CPU's generator always (it also draws for models on an accelerator), then each accelerator holding a parameter.
    private static IEnumerable<Device> RandomDevices(nn.Module model) =>
        new[] { Device.CPU }.Concat(model.parameters().Select(p => p.device).Where(d => d.type != DeviceType.CPU).Distinct());

    private static Dictionary<string, Tensor> WithPrefix(IReadOnlyDictionary<string, Tensor> tensors, string prefix) =>
        tensors.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(p => p.Key[prefix.Length..], p => p.Value);
}
