using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Plugins.Tests;
using Lottery.Plugins.Vision.Architectures;
using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision.Tests;

public sealed class VisionPluginTests
{
    [Fact]
    public void Registers_the_architectures_and_fashion_mnist_with_their_options()
    {
        var registry = new RecordingRegistry();
        new VisionPlugin().Register(registry);
        Assert.Equal(
            [
                (typeof(IArchitecture), "lenet", typeof(LeNetArchitecture), typeof(LeNetOptions)),
                (typeof(IArchitecture), "conv", typeof(ConvArchitecture), typeof(ConvOptions)),
                (typeof(IArchitecture), "cifar-resnet", typeof(CifarResNetArchitecture), typeof(CifarResNetOptions)),
                (typeof(IArchitecture), "cifar-vgg", typeof(CifarVggArchitecture), typeof(CifarVggOptions)),
                (typeof(IArchitecture), "resnet", typeof(ResNetArchitecture), typeof(ResNetOptions)),
                (typeof(IDataset), "fashion-mnist", typeof(FashionMnistDataset), typeof(FashionMnistOptions)),
            ],
            registry.Registered);
    }
}
