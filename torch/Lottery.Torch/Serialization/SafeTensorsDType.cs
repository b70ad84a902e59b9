namespace Lottery.Torch.Serialization;

/// <summary>The safetensors dtype names ("F32", "BF16", ...) of the element types this binding supports.</summary>
public static class SafeTensorsDType
{
    // A table rather than a switch: the names are data, and the reverse map, the write order and the
    // "one of ..." list in error messages all come from this single list. It is in the reference writer's
    // order (its Dtype enum, descending), which puts wider elements first.
    private static readonly (string Name, ScalarType Type)[] Table =
    [
        ("I64", ScalarType.Int64),
        ("F64", ScalarType.Float64),
        ("F32", ScalarType.Float32),
        ("I32", ScalarType.Int32),
        ("BF16", ScalarType.BFloat16),
        ("F16", ScalarType.Float16),
        ("I16", ScalarType.Int16),
        ("I8", ScalarType.Int8),
        ("U8", ScalarType.Byte),
        ("BOOL", ScalarType.Bool),
    ];

    private static readonly Dictionary<string, ScalarType> ByName =
        Table.ToDictionary(entry => entry.Name, entry => entry.Type, StringComparer.Ordinal);

    private static readonly Dictionary<ScalarType, string> ByType =
        Table.ToDictionary(entry => entry.Type, entry => entry.Name);

    /// <summary>Every supported name, for messages that list what is allowed.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(entry => entry.Name).ToArray();

    /// <summary>The element type for a safetensors dtype name; names are case-sensitive, as in the format.</summary>
    public static bool TryParse(string name, out ScalarType type) => ByName.TryGetValue(name, out type);

    /// <summary>Where tensors of this type go in a written file, relative to other types: lower first.</summary>
    internal static int WriteRank(ScalarType type) => Array.FindIndex(Table, entry => entry.Type == type);

    /// <summary>The safetensors dtype name of an element type.</summary>
    public static string NameOf(ScalarType type) =>
        ByType.TryGetValue(type, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(type), type, "this element type has no safetensors dtype");
}
