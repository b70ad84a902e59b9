using F = Lottery.Torch.torch.nn.functional;

namespace Lottery.Torch.Tests;

/// <summary>libtorch errors surface as .NET exceptions with libtorch's message, and the process survives.</summary>
public class ErrorTests
{
    [Fact]
    public void Conv2d_shape_mismatch_carries_libtorchs_message()
    {
        using var scope = NewDisposeScope();
        var input = zeros(1, 3, 8, 8);
        var weight = zeros(4, 2, 3, 3);
        var error = Assert.Throws<TorchException>(() => F.conv2d(input, weight));
        // libtorch: "Given groups=1, weight of size [4, 2, 3, 3], expected input[1, 3, 8, 8] to have 2 channels, but got 3 channels instead"
        Assert.Contains("expected input[1, 3, 8, 8] to have 2 channels", error.Message);
        Assert.DoesNotContain("Exception raised from", error.Message);
        // The process and the binding keep working after the error.
        Assert.Equal(new long[] { 1, 4, 6, 6 }, F.conv2d(zeros(1, 2, 8, 8), weight).shape);
    }

    [Fact]
    public void Errors_are_reported_per_call_and_do_not_leak_into_later_calls()
    {
        using var scope = NewDisposeScope();
        Assert.Throws<TorchException>(() => ones(2, 3).mm(ones(2, 3)));
        var ok = ones(2, 3).mm(ones(3, 2));
        Assert.Equal(new float[] { 3, 3, 3, 3 }, ok.data<float>());
        var viewError = Assert.Throws<TorchException>(() => ones(2, 3).view(4));
        Assert.Contains("shape '[4]' is invalid for input of size 6", viewError.Message);
    }

    [Fact]
    public void Using_a_disposed_tensor_throws_ObjectDisposedException()
    {
        var t = ones(3);
        t.Dispose();
        Assert.True(t.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => t.add(1));
        Assert.Throws<ObjectDisposedException>(() => t.shape);
        t.Dispose(); // a second dispose is harmless
    }

    [Fact]
    public void Tensors_freed_by_their_scope_throw_ObjectDisposedException()
    {
        Tensor escaped;
        using (var scope = NewDisposeScope())
        {
            escaped = ones(3);
        }
        Assert.Throws<ObjectDisposedException>(() => escaped.sum());
    }

    [Fact]
    public void Reading_with_the_wrong_element_type_is_a_clear_error()
    {
        using var scope = NewDisposeScope();
        var error = Assert.Throws<ArgumentException>(() => ones(2).data<double>());
        Assert.Contains("Float32", error.Message);
        var item = Assert.Throws<TorchException>(() => ones(2).item());
        Assert.Contains("a Tensor with 2 elements cannot be converted to Scalar", item.Message);
    }

    [Fact]
    public void Bad_device_strings_name_the_value()
    {
        var error = Assert.Throws<ArgumentException>(() => Device.Parse("tpu:0"));
        Assert.Contains("tpu:0", error.Message);
        Assert.Equal(new Device(DeviceType.CUDA, 1), Device.Parse("cuda:1"));
        Assert.Equal("cpu", Device.Parse("CPU").ToString());
    }
}
