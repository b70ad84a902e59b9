namespace Lottery.Torch.Tests;

/// <summary>Creation, dtypes, conversion and copies between .NET arrays and tensors.</summary>
public class CreationTests
{
    public static TheoryData<ScalarType> AllTypes => new()
    {
        ScalarType.Float32, ScalarType.Float64, ScalarType.Float16, ScalarType.BFloat16,
        ScalarType.Int64, ScalarType.Int32, ScalarType.Byte, ScalarType.Bool,
    };

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void Factories_make_every_dtype(ScalarType type)
    {
        using var scope = NewDisposeScope();
        var z = zeros([2, 3], type);
        var o = ones([2, 3], type);
        var f = full([2, 3], 1, type);
        Assert.Equal(type, z.dtype);
        Assert.Equal(type.ElementSize(), (int)z.element_size());
        Assert.Equal(new long[] { 2, 3 }, o.shape);
        Assert.Equal(6L, o.count_nonzero().item<long>());
        Assert.Equal(0L, z.count_nonzero().item<long>());
        Assert.True(o.eq(f).all().item<bool>());
        Assert.Equal(new byte[6 * type.ElementSize()], z.bytes());
        Assert.Equal(type, empty_like(o).dtype);
        Assert.Equal(type, ones_like(z).dtype);
        // Through float64 and back keeps the values 0 and 1 of every type.
        Assert.Equal(new double[] { 1, 1, 1, 1, 1, 1 }, o.to(float64).data<double>());
        Assert.Equal(type, o.to(float64).to(type).dtype);
    }

    [Fact]
    public void Arrays_round_trip_through_tensors()
    {
        using var scope = NewDisposeScope();
        Assert.Equal(new[] { 1.5f, -2 }, tensor(new[] { 1.5f, -2 }).data<float>());
        Assert.Equal(new[] { 1.5, -2 }, tensor(new[] { 1.5, -2 }).data<double>());
        Assert.Equal(new long[] { long.MaxValue, -1 }, tensor(new[] { long.MaxValue, -1 }).data<long>());
        Assert.Equal(new[] { int.MinValue, 7 }, tensor(new[] { int.MinValue, 7 }).data<int>());
        Assert.Equal(new byte[] { 0, 255 }, tensor(new byte[] { 0, 255 }).data<byte>());
        Assert.Equal(new[] { true, false }, tensor(new[] { true, false }).data<bool>());
        Assert.Equal(new[] { (Half)0.5, (Half)(-3) }, tensor(new[] { (Half)0.5, (Half)(-3) }).data<Half>());
        var bf = tensor(new[] { (BFloat16)1.5f, (BFloat16)(-0.25f) });
        Assert.Equal(ScalarType.BFloat16, bf.dtype);
        Assert.Equal(new[] { 1.5f, -0.25f }, bf.to(float32).data<float>());
        var matrix = tensor(new float[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        Assert.Equal(new long[] { 2, 3 }, matrix.shape);
        Assert.Equal(6f, matrix[1][2].item<float>());
    }

    [Fact]
    public void Float16_and_bfloat16_round_like_libtorch()
    {
        using var scope = NewDisposeScope();
        var values = tensor(new[] { 1.0f / 3, 1000.1f, -0.007f });
        var viaHalf = values.to(float16).to(float32).data<float>();
        Assert.Equal(new[] { (float)(Half)(1.0f / 3), (float)(Half)1000.1f, (float)(Half)(-0.007f) }, viaHalf);
        var viaBf16 = values.to(bfloat16).data<BFloat16>().Select(b => (float)b).ToArray();
        Assert.Equal(values.data<float>().Select(v => (float)(BFloat16)v).ToArray(), viaBf16);
    }

    [Fact]
    public void Arange_randperm_randint_and_scalars()
    {
        using var scope = NewDisposeScope();
        Assert.Equal(new long[] { 0, 1, 2, 3 }, arange(4).data<long>());
        Assert.Equal(new[] { 1.0f, 1.5f, 2.0f }, arange(1.0, 2.25, 0.5, float32).data<float>());
        var perm = randperm(50).data<long>();
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), perm.OrderBy(x => x));
        var ints = randint(3, 7, [1000]).data<long>();
        Assert.All(ints, v => Assert.InRange(v, 3, 6));
        Assert.Equal(4, ints.Distinct().Count());
        var s = scalar_tensor(2.5, float64);
        Assert.Equal(0L, s.Dimensions);
        Assert.Equal(2.5, s.item<double>());
        Assert.InRange(rand(1000).data<float>().Average(), 0.45, 0.55);
        Assert.InRange(randn(10000).data<float>().Select(v => (double)v * v).Average(), 0.9, 1.1);
    }

    [Fact]
    public void Devices_and_cuda_availability()
    {
        using var scope = NewDisposeScope();
        var t = ones(2);
        Assert.Equal(DeviceType.CPU, t.device.type);
        Assert.Equal(t.data<float>(), t.to(Device.CPU).data<float>());
        if (cuda.is_available())
        {
            var g = t.cuda();
            Assert.Equal(DeviceType.CUDA, g.device.type);
            Assert.Equal(new float[] { 2, 2 }, g.mul(2).cpu().data<float>());
        }
        else
        {
            Assert.Equal(0, cuda.device_count());
            Assert.Throws<TorchException>(() => t.cuda());
        }
    }
}
