using Lottery.Host.Demo;
using Lottery.Host.Data;

namespace Lottery.Host.Tests;

public class DemoTrainingTests
{
    [Fact]
    public void LeNet_300_100_has_the_reference_parameter_count()
    {
        using var model = new LeNet(28 * 28, 10, 300, 100);
        Assert.Equal(266_610, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void LeNet_300_100_reaches_82_percent_on_real_Fashion_MNIST_in_two_epochs()
    {
        Assert.True(Directory.Exists(FashionMnist.DefaultDirectory),
            $"{FashionMnist.DefaultDirectory} is missing: `make test` installs dataset-fashion-mnist");
        var results = DemoTraining.Run(new DemoSettings(Epochs: 2, Seed: 0));
        Assert.Equal(2, results.Count);
        Assert.True(results[1].TestAccuracy >= 0.82, $"test accuracy after 2 epochs was {results[1].TestAccuracy:P2}");
        Assert.True(results[1].TrainLoss < results[0].TrainLoss);
    }

    [Fact]
    public void Demo_arguments_reject_bad_values_by_name()
    {
        Assert.Equal(3, DemoArguments.Parse(["--epochs", "3"]).Epochs);
        Assert.Contains("--epochs '0' is invalid: expected a positive integer",
            Assert.Throws<ArgumentException>(() => DemoArguments.Parse(["--epochs", "0"])).Message);
        Assert.Contains("unknown option --epoch",
            Assert.Throws<ArgumentException>(() => DemoArguments.Parse(["--epoch", "3"])).Message);
    }
}
