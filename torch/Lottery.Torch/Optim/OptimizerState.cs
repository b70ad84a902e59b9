using System.Globalization;
using static Lottery.Torch.torch;

namespace Lottery.Torch.Optim;

/// <summary>
/// A saved optimizer: what <see cref="Optimizer.load_state_dict"/> needs to continue a run exactly. Buffers are
/// named "{parameter index}.{buffer}" ("0.momentum_buffer", "3.exp_avg"); the rest are numbers. The state owns
/// its tensors: disposing it frees them. <see cref="ToTensors"/> and <see cref="FromTensors"/> convert it to
/// and from named tensors plus string metadata, the shape a safetensors file stores.
/// </summary>
public sealed class OptimizerState(
    string optimizer,
    IReadOnlyList<ParamGroupState> groups,
    IReadOnlyDictionary<int, long> steps,
    IReadOnlyDictionary<string, Tensor> tensors) : IDisposable
{
    private const string OptimizerKey = "optimizer";
    private const string GroupsKey = "param_groups";
    private const string ParamsName = "params";
    private const string InitialLrName = "initial_lr";

    /// <summary>The optimizer's type name ("SGD", "Adam", "AdamW"); state loads only into the same kind.</summary>
    public string Optimizer { get; } = optimizer;

    public IReadOnlyList<ParamGroupState> Groups { get; } = groups;

    /// <summary>Updates applied per parameter index; parameters never updated are absent.</summary>
    public IReadOnlyDictionary<int, long> Steps { get; } = steps;

    public IReadOnlyDictionary<string, Tensor> Tensors { get; } = tensors;

    /// <summary>
    /// The buffers as named tensors (the state's own, not copies) and everything else as string metadata:
    /// "optimizer", "param_groups" (the count), "param_groups.{g}.params" (its parameter count),
    /// "param_groups.{g}.{hyperparameter}", "param_groups.{g}.initial_lr" and "state.{i}.step".
    /// </summary>
    public (IReadOnlyDictionary<string, Tensor> Tensors, IReadOnlyDictionary<string, string> Metadata) ToTensors()
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [OptimizerKey] = Optimizer,
            [GroupsKey] = Format(Groups.Count),
        };
        for (var g = 0; g < Groups.Count; g++)
        {
            metadata[GroupKey(g, ParamsName)] = Format(Groups[g].ParameterCount);
            foreach (var (name, value) in Groups[g].Hyperparameters) metadata[GroupKey(g, name)] = Format(value);
            if (Groups[g].InitialLr is { } initial) metadata[GroupKey(g, InitialLrName)] = Format(initial);
        }
        foreach (var (index, step) in Steps) metadata[StepKey(index)] = Format(step);
        return (Tensors, metadata);
    }

    /// <summary>
    /// The state that <see cref="ToTensors"/> wrote. It refers to the given tensors (disposing it frees them);
    /// a missing or malformed entry throws naming its key.
    /// </summary>
    public static OptimizerState FromTensors(IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        ArgumentNullException.ThrowIfNull(metadata);
        var groupCount = (int)ParseCount(metadata, GroupsKey);
        var groups = new ParamGroupState[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            var prefix = GroupKey(g, "");
            var hyperparameters = metadata.Keys
                .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != GroupKey(g, ParamsName) && k != GroupKey(g, InitialLrName))
                .ToDictionary(k => k[prefix.Length..], k => ParseDouble(metadata, k), StringComparer.Ordinal);
            double? initial = metadata.ContainsKey(GroupKey(g, InitialLrName)) ? ParseDouble(metadata, GroupKey(g, InitialLrName)) : null;
            groups[g] = new ParamGroupState((int)ParseCount(metadata, GroupKey(g, ParamsName)), hyperparameters, initial);
        }
        var steps = metadata.Keys
            .Where(k => k.StartsWith("state.", StringComparison.Ordinal))
            .ToDictionary(k => StepIndex(k), k => ParseCount(metadata, k));
        return new OptimizerState(Required(metadata, OptimizerKey), groups, steps, tensors);
    }

    public void Dispose()
    {
        foreach (var tensor in Tensors.Values) tensor.Dispose();
    }

    internal static string TensorKey(int index, string buffer) => $"{index}.{buffer}";

    /// <summary>The parameter index and buffer name of a tensor key, checked against the parameter count.</summary>
    internal static (int Index, string Buffer) ParseTensorKey(string key, int parameterCount)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == key.Length - 1 || !int.TryParse(key.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            throw new ArgumentException($"state tensor '{key}' is not named '<parameter index>.<buffer>'");
        }
        if (index >= parameterCount)
        {
            throw new ArgumentException($"state tensor '{key}' is for parameter {index}, but there are only {parameterCount}");
        }
        return (index, key[(dot + 1)..]);
    }

    private static string GroupKey(int group, string name) => $"{GroupsKey}.{group}.{name}";

    private static string StepKey(int index) => $"state.{index}.step";

    private static int StepIndex(string key)
    {
        var parts = key.Split('.');
        return parts.Length == 3 && parts[2] == "step" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new ArgumentException($"optimizer metadata key '{key}' is not 'state.<parameter index>.step'");
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Required(IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var value) ? value : throw new ArgumentException($"optimizer metadata lacks '{key}'");

    private static double ParseDouble(IReadOnlyDictionary<string, string> metadata, string key) =>
        double.TryParse(Required(metadata, key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"optimizer metadata '{key}' is not a number: '{metadata[key]}'");

    private static long ParseCount(IReadOnlyDictionary<string, string> metadata, string key) =>
        long.TryParse(Required(metadata, key), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"optimizer metadata '{key}' is not a non-negative integer: '{metadata[key]}'");
}
