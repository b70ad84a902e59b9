using System.Globalization;
using System.Text.Json;
using Lottery.Host.Runs;
using Lottery.Torch;
using Lottery.Torch.Optim;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;

namespace Lottery.Host.Experiments;

/// <summary>
/// Everything needed to continue a level exactly where it stopped: model and optimizer state, the step,
/// the global random state, and the epochs evaluated so far. The data order and the learning rate are
/// functions of the step, so they need no state of their own. One safetensors file, written atomically.
/// </summary>
public static class TrainingCheckpoint
{
    private const string ModelPrefix = "model/";
    private const string OptimizerPrefix = "optimizer/";
    private const string RngKey = "rng/cpu";

    public sealed record Restored(long Step, IReadOnlyList<EpochResult> Epochs, double BestValidationAccuracy);

    public static void Save(string path, nn.Module model, Optimizer optimizer, long step, IReadOnlyList<EpochResult> epochs, double bestValidation)
    {
        using var scope = NewDisposeScope();
        var tensors = new Dictionary<string, Tensor>();
        foreach (var (name, tensor) in model.state_dict()) tensors[ModelPrefix + name] = tensor;
        using var state = optimizer.state_dict();
        var (optimizerTensors, optimizerMetadata) = state.ToTensors();
        foreach (var (name, tensor) in optimizerTensors) tensors[OptimizerPrefix + name] = tensor;
        tensors[RngKey] = get_rng_state();
        var metadata = optimizerMetadata.ToDictionary(pair => OptimizerPrefix + pair.Key, pair => pair.Value);
        metadata["step"] = step.ToString(CultureInfo.InvariantCulture);
        metadata["bestValidationAccuracy"] = bestValidation.ToString("R", CultureInfo.InvariantCulture);
        metadata["epochs"] = JsonSerializer.Serialize(epochs);
        AtomicFile.WriteTensors(path, tensors, metadata);
    }

    public static Restored Load(string path, nn.Module model, Optimizer optimizer)
    {
        using var file = SafeTensors.Load(path);
        using var scope = NewDisposeScope();
        model.load_state_dict(WithPrefix(file.Tensors, ModelPrefix));
        var optimizerMetadata = file.Metadata.Where(p => p.Key.StartsWith(OptimizerPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[OptimizerPrefix.Length..], p => p.Value);
        using (var state = OptimizerState.FromTensors(WithPrefix(file.Tensors, OptimizerPrefix), optimizerMetadata)) optimizer.load_state_dict(state);
        set_rng_state(file.Tensors[RngKey]);
        var epochs = JsonSerializer.Deserialize<List<EpochResult>>(file.Metadata["epochs"]) ?? new List<EpochResult>();
        return new Restored(long.Parse(file.Metadata["step"], CultureInfo.InvariantCulture), epochs,
            double.Parse(file.Metadata["bestValidationAccuracy"], CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, Tensor> WithPrefix(IReadOnlyDictionary<string, Tensor> tensors, string prefix) =>
        tensors.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(p => p.Key[prefix.Length..], p => p.Value);
}
