using Lottery.Host.Configuration;
using Lottery.Torch;
using static Lottery.Torch.torch;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>Turns Lottery:Device (auto, cpu, cuda, cuda:N) into a device that exists here.</summary>
public static class DeviceSelection
{
    public static Device Resolve(string setting)
    {
        if (setting.Equals("auto", StringComparison.OrdinalIgnoreCase)) return cuda.is_available() ? new Device(DeviceType.CUDA, 0) : Device.CPU;
        var device = Device.Parse(setting);
        if (device.type == DeviceType.CUDA)
        {
            if (!cuda.is_available())
            {
                throw new ConfigurationError($"Lottery:Device = '{setting}' but CUDA is not available (libtorch {version} was built without CUDA, or no GPU is present); use auto or cpu");
            }
            if (device.index >= cuda.device_count())
            {
                throw new ConfigurationError($"Lottery:Device = '{setting}' but only {cuda.device_count()} CUDA device(s) exist");
            }
        }
        return device;
    }
}
