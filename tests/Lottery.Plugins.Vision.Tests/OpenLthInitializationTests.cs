using Lottery.Contracts.Architectures;
using Lottery.Plugins.Vision.Architectures;

namespace Lottery.Plugins.Vision.Tests;

public sealed class OpenLthInitializationTests
{
    private static ArchitectureModel CifarResNet20(string batchNormInit) =>
        new CifarResNetArchitecture(new CifarResNetOptions { BatchNormInit = batchNormInit })
            .Create(new ArchitectureSpec(CifarResNetArchitecture.Name, "20", [3, 32, 32], 10));

    private static float[] Values(ArchitectureModel model, string name) =>
        model.Network.named_parameters().Single(p => p.name == name).parameter.data<float>();

    private static double RootMeanSquare(float[] values) => Math.Sqrt(values.Average(v => (double)v * v));

    [Fact]
    public void Conv_and_linear_weights_are_he_normal_with_fan_in()
    {
        using var model = new CifarVggArchitecture(new CifarVggOptions())
            .Create(new ArchitectureSpec(CifarVggArchitecture.Name, "11", [3, 32, 32], 10));
        // std = sqrt(2 / fan_in): 256 * 3 * 3 inputs to the second conv of stage 3, 512 to the output layer.
        Assert.Equal(Math.Sqrt(2.0 / (256 * 9)), RootMeanSquare(Values(model, "layer3.1.conv.weight")), 0.002);
        Assert.Equal(Math.Sqrt(2.0 / 512), RootMeanSquare(Values(model, "fc.weight")), 0.004);
    }

    [Fact]
    public void Uniform_batchnorm_weights_lie_in_0_1_and_biases_start_at_0()
    {
        using var model = CifarResNet20("uniform");
        var weights = Values(model, "layer3.2.bn2.weight");
        Assert.All(weights, w => Assert.InRange(w, 0f, 1f));
        Assert.True(weights.Distinct().Count() > 32, "uniform weights should differ");
        Assert.All(Values(model, "layer3.2.bn2.bias"), b => Assert.Equal(0f, b));
    }

    [Fact]
    public void Fixed_batchnorm_weights_are_1()
    {
        using var model = CifarResNet20("Fixed");
        Assert.All(Values(model, "stem.bn.weight"), w => Assert.Equal(1f, w));
        Assert.All(Values(model, "layer2.0.shortcut.bn.weight"), w => Assert.Equal(1f, w));
    }

    [Fact]
    public void The_same_seed_builds_the_same_network()
    {
        manual_seed(11);
        using var first = CifarResNet20("uniform");
        manual_seed(11);
        using var second = CifarResNet20("uniform");
        Assert.All(first.Network.named_parameters(), p => Assert.Equal(p.parameter.data<float>(), Values(second, p.name)));
    }
}
