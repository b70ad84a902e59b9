using Lottery.Torch.Serialization;

namespace Lottery.Torch.Tests;

/// <summary>The README's example end to end: train with SGD in scopes, save with safetensors, load into a fresh model.</summary>
public sealed class TrainingRoundTripTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("training-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_trained_model_saved_and_loaded_gives_the_same_outputs()
    {
        using var outer = NewDisposeScope();
        manual_seed(11);
        // A separable toy task: the class is which of the two halves of the input has the larger sum.
        var images = randn(256, 1, 4, 4);
        var labels = images.flatten(1).narrow(1, 0, 8).sum(1).gt(images.flatten(1).narrow(1, 8, 8).sum(1)).to(int64);
        using var model = nn.Sequential(nn.Flatten(), nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 2));
        using var optimizer = optim.SGD(model.parameters(), lr: 0.1, momentum: 0.9, weight_decay: 1e-4);
        double firstLoss = 0, lastLoss = 0;
        for (var step = 0; step < 200; step++)
        {
            using var scope = NewDisposeScope();
            var loss = nn.functional.cross_entropy(model.call(images), labels);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            if (step == 0) firstLoss = loss.item<float>();
            lastLoss = loss.item<float>();
        }
        Assert.True(lastLoss < firstLoss / 4, $"loss went from {firstLoss} to {lastLoss}");

        var path = Path.Combine(directory, "model.safetensors");
        SafeTensors.Save(path, model.state_dict(), new Dictionary<string, string> { ["level"] = "3" });
        using var loaded = SafeTensors.Load(path);
        Assert.Equal("3", loaded.Metadata["level"]);
        using var copy = nn.Sequential(nn.Flatten(), nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 2));
        copy.load_state_dict(loaded.Tensors);
        model.eval();
        copy.eval();
        Assert.Equal(model.call(images).data<float>(), copy.call(images).data<float>());
    }
}
