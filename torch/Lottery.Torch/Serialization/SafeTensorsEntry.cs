namespace Lottery.Torch.Serialization;

/// <summary>One tensor's header entry: its element type, shape, and byte range in the data section.</summary>
internal sealed record SafeTensorsEntry(string Name, ScalarType DType, long[] Shape, long Begin, long End)
{
    public long ByteLength => End - Begin;

    /// <summary>The bytes a tensor of this type and shape holds, or null when that does not fit in a long.</summary>
    public static long? ByteLengthOf(ScalarType type, IEnumerable<long> shape) => ShapeSize.BytesOf(type.ElementSize(), shape);

    /// <summary>
    /// The size of the buffer that each tensor's bytes pass through on their way to or from the stream: one
    /// .NET array, so one tensor may not exceed an array's length (a file may).
    /// </summary>
    public static int StagingBufferLength(IEnumerable<SafeTensorsEntry> entries)
    {
        var largest = entries.MaxBy(e => e.ByteLength);
        if (largest is null) return 0;
        if (largest.ByteLength > Array.MaxLength)
        {
            throw new NotSupportedException(
                $"tensor '{largest.Name}' holds {largest.ByteLength} bytes; tensors over {Array.MaxLength} bytes are not supported");
        }
        return (int)largest.ByteLength;
    }

    /// <summary>Numbers as the messages show them: [2, 3].</summary>
    public static string Format(IEnumerable<long> values) => $"[{string.Join(", ", values)}]";
}
