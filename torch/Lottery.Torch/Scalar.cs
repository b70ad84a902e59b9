using Lottery.Torch.Native;

namespace Lottery.Torch;

/// <summary>
/// A number for scalar operands that keeps its kind, so an int64 tensor plus 1 stays int64 while
/// plus 0.5 promotes to floating point, as in PyTorch.
/// </summary>
public readonly struct Scalar
{
    internal readonly LtScalar Value;

    private Scalar(LtScalar value) => Value = value;

    internal static Scalar FromNative(LtScalar value) => new(value);

    public static implicit operator Scalar(double value) => new(new LtScalar(0, value, (long)value));
    public static implicit operator Scalar(float value) => new(new LtScalar(0, value, (long)value));
    public static implicit operator Scalar(long value) => new(new LtScalar(1, value, value));
    public static implicit operator Scalar(int value) => new(new LtScalar(1, value, value));
    public static implicit operator Scalar(bool value) => new(new LtScalar(2, value ? 1 : 0, value ? 1 : 0));

    public bool IsFloatingPoint => Value.Kind == 0;
    public bool IsIntegral => Value.Kind == 1;
    public bool IsBoolean => Value.Kind == 2;

    public double ToDouble() => Value.Kind == 0 ? Value.Real : Value.Integer;
    public long ToInt64() => Value.Kind == 0 ? (long)Value.Real : Value.Integer;
    public bool ToBoolean() => Value.Kind == 0 ? Value.Real != 0 : Value.Integer != 0;

    public override string ToString() => Value.Kind switch
    {
        0 => Value.Real.ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => Value.Integer != 0 ? "True" : "False",
        _ => Value.Integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
