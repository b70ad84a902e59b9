using Lottery.Contracts.Plugins;
using Lottery.Plugins.Vision.Architectures;
using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision;

/// <summary>Registers the vision strategies: the <c>lenet</c> architecture and the <c>fashion-mnist</c> dataset.</summary>
public sealed class VisionPlugin : ILotteryPlugin
{
    public void Register(IStrategyRegistry registry) =>
        registry
            .AddArchitecture<LeNetArchitecture, LeNetOptions>(
                LeNetArchitecture.Name, "LeNet: fully-connected ReLU network, hidden widths from the variant (e.g. 300-100)")
            .AddDataset<FashionMnistDataset, FashionMnistOptions>(
                FashionMnistDataset.Name, "Fashion-MNIST from IDX files, 28x28 grayscale, 10 classes, seeded held-out validation split")
            .AddDataset<MnistDataset, FolderDatasetOptions>(
                MnistDataset.Name, "MNIST from IDX files (plain or .gz) in a named folder, 28x28 grayscale, 10 classes, seeded held-out validation split")
            .AddDataset<Cifar10Dataset, FolderDatasetOptions>(
                Cifar10Dataset.Name, "CIFAR-10 binary version from a named folder, 32x32 RGB, 10 classes, random crop + flip augmentation")
            .AddDataset<Cifar100Dataset, FolderDatasetOptions>(
                Cifar100Dataset.Name, "CIFAR-100 binary version from a named folder, 32x32 RGB, 100 fine-label classes, random crop + flip augmentation");
}
