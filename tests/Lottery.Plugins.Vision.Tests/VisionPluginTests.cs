using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Plugins.Tests;
using Lottery.Plugins.Vision.Architectures;
using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision.Tests;

public sealed class VisionPluginTests
{
    [Fact]
    public void Registers_the_architectures_and_the_datasets_with_their_options()
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
                (typeof(IDataset), "mnist", typeof(MnistDataset), typeof(FolderDatasetOptions)),
                (typeof(IDataset), "cifar-10", typeof(Cifar10Dataset), typeof(FolderDatasetOptions)),
                (typeof(IDataset), "cifar-100", typeof(Cifar100Dataset), typeof(FolderDatasetOptions)),
            ],
            registry.Registered);
    }
}
