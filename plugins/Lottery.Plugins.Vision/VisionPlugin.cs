using Lottery.Contracts.Plugins;
using Lottery.Plugins.Vision.Architectures;
using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision;

/// <summary>
/// Registers the vision strategies: the architectures of the lottery ticket papers (<c>lenet</c>, <c>conv</c>,
/// <c>cifar-resnet</c>, <c>cifar-vgg</c>, <c>resnet</c>) and the datasets (<c>fashion-mnist</c>, <c>mnist</c>,
/// <c>cifar-10</c>, <c>cifar-100</c>).
/// </summary>
public sealed class VisionPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry
            .AddArchitecture<LeNetArchitecture, LeNetOptions>(
                LeNetArchitecture.Name, "LeNet: fully-connected ReLU network, hidden widths from the variant (e.g. 300-100)")
            .AddArchitecture<ConvArchitecture, ConvOptions>(
                ConvArchitecture.Name, "Conv-2/4/6 of Frankle & Carbin: pairs of 3x3 convs (64, 128, 256) and max-pools, then FC 256-256; variant 2, 4 or 6")
            .AddArchitecture<CifarResNetArchitecture, CifarResNetOptions>(
                CifarResNetArchitecture.Name, "open_lth's CIFAR ResNet-(6n+2): 3 stages of n basic blocks; variant depth[-width], e.g. 20 or 20-16")
            .AddArchitecture<CifarVggArchitecture, CifarVggOptions>(
                CifarVggArchitecture.Name, "open_lth's CIFAR VGG with BatchNorm and one linear layer; variant 11, 13, 16 or 19")
            .AddArchitecture<ResNetArchitecture, ResNetOptions>(
                ResNetArchitecture.Name, "ResNet-18/26/34: 4 stages of basic blocks (64 to 512), CIFAR or ImageNet stem; variant 18, 26 or 34")
            .AddDataset<FashionMnistDataset, FashionMnistOptions>(
                FashionMnistDataset.Name, "Fashion-MNIST from IDX files, 28x28 grayscale, 10 classes, seeded held-out validation split")
            .AddDataset<MnistDataset, FolderDatasetOptions>(
                MnistDataset.Name, "MNIST from IDX files (plain or .gz) in a named folder, 28x28 grayscale, 10 classes, seeded held-out validation split")
            .AddDataset<Cifar10Dataset, FolderDatasetOptions>(
                Cifar10Dataset.Name, "CIFAR-10 binary version from a named folder, 32x32 RGB, 10 classes, random crop + flip augmentation")
            .AddDataset<Cifar100Dataset, FolderDatasetOptions>(
                Cifar100Dataset.Name, "CIFAR-100 binary version from a named folder, 32x32 RGB, 100 fine-label classes, random crop + flip augmentation");
}
