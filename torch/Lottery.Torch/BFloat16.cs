namespace Lottery.Torch;

/// <summary>
/// A bfloat16 value (the upper 16 bits of an IEEE float32), so bfloat16 tensors can be read and
/// written from .NET arrays. Conversion from float rounds to nearest even, as libtorch does.
/// </summary>
public readonly record struct BFloat16(ushort Bits)
{
    public static explicit operator float(BFloat16 value) => BitConverter.Int32BitsToSingle(value.Bits << 16);

    public static explicit operator BFloat16(float value)
    {
        if (float.IsNaN(value)) return new BFloat16(0x7FC0);
        var bits = (uint)BitConverter.SingleToInt32Bits(value);
        var roundingBias = 0x7FFFu + ((bits >> 16) & 1);
        return new BFloat16((ushort)((bits + roundingBias) >> 16));
    }

    public override string ToString() => ((float)this).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
