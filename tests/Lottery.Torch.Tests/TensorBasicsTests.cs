namespace Lottery.Torch.Tests;

public class TensorBasicsTests
{
    [Fact]
    public void Arithmetic_keeps_integral_dtype_with_integral_scalars()
    {
        using var scope = NewDisposeScope();
        var a = arange(4);
        var b = a + 1;
        Assert.Equal(ScalarType.Int64, b.dtype);
        Assert.Equal(new long[] { 1, 2, 3, 4 }, b.data<long>());
        var c = a * 0.5;
        Assert.Equal(ScalarType.Float32, c.dtype);
        Assert.Equal(new float[] { 0, 0.5f, 1, 1.5f }, c.data<float>());
    }
}
