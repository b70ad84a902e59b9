using Lottery.Contracts.Architectures;
using Lottery.Plugins.Vision.Architectures;

namespace Lottery.Bench.Worker;

/// <summary>
/// The benchmark's networks, built by the vision plugin's architectures with their default options (as an
/// experiment naming them gets them). bench/pytorch/models.py and bench/cpp/src/models.cpp define the same ones.
/// </summary>
public static class Networks
{
    private static readonly long[] Mnist = [1, 28, 28];
    private static readonly long[] Cifar = [3, 32, 32];

    public static ArchitectureModel Build(string name) => name switch
    {
        "lenet" => new LeNetArchitecture(new LeNetOptions()).Create(new ArchitectureSpec(LeNetArchitecture.Name, "300-100", Mnist, 10)),
        "resnet20" => new CifarResNetArchitecture(new CifarResNetOptions()).Create(new ArchitectureSpec(CifarResNetArchitecture.Name, "20", Cifar, 10)),
        "resnet18" => new ResNetArchitecture(new ResNetOptions()).Create(new ArchitectureSpec(ResNetArchitecture.Name, "18", Cifar, 10)),
        "vgg16" => new CifarVggArchitecture(new CifarVggOptions()).Create(new ArchitectureSpec(CifarVggArchitecture.Name, "16", Cifar, 10)),
        _ => throw new ArgumentException($"unknown model '{name}': expected lenet, resnet20, resnet18 or vgg16"),
    };

    /// <summary>The shape of a batch of <paramref name="batch"/> inputs of the network.</summary>
    public static long[] BatchShape(ArchitectureModel model, long batch) => [batch, .. model.Spec.InputShape];
}
