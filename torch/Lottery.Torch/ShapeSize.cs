namespace Lottery.Torch;

/// <summary>
/// The size in bytes of a tensor that a file's header describes, computed before anything is allocated for it, so a
/// header claiming 2^60 elements is refused rather than trusted.
/// </summary>
public static class ShapeSize
{
    /// <summary>
    /// The bytes an array of this element size and shape holds, or null when that does not fit in a long. A zero
    /// dimension makes the array empty but does not make the other dimensions harmless: libtorch still multiplies them
    /// into strides, so the product of the nonzero ones must fit too ([0, 2^62, 4] is refused, not handed on).
    /// </summary>
    public static long? BytesOf(long elementSize, IEnumerable<long> shape)
    {
        try
        {
            var strides = shape.Aggregate(elementSize, (product, dimension) => checked(product * Math.Max(dimension, 1)));
            return shape.Contains(0) ? 0 : strides;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
