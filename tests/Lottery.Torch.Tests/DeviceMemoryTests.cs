namespace Lottery.Torch.Tests;

/// <summary>torch.cuda.memory_allocated, which the device-memory metric reads.</summary>
public class DeviceMemoryTests
{
    [Fact]
    public void Without_a_cuda_device_it_is_an_error_not_a_number()
    {
        if (torch.cuda.is_available()) return; // covered by the test below
        Assert.Throws<TorchException>(() => torch.cuda.memory_allocated(0));
    }

    [Fact]
    public void On_a_cuda_device_it_grows_with_a_tensor_there()
    {
        if (!torch.cuda.is_available()) return; // CPU libtorch: nothing to measure
        using var scope = NewDisposeScope();
        var before = torch.cuda.memory_allocated(0);
        var tensor = torch.zeros(1024, 1024).cuda(0);
        Assert.True(torch.cuda.memory_allocated(0) >= before + 4 * 1024 * 1024);
    }
}
