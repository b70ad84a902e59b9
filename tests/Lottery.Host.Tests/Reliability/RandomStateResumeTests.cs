using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Host.Stages;
using Lottery.Host.Runs;
using Lottery.Host.Training;
using Lottery.Host.Hosting;
using Lottery.Host.Options;

namespace Lottery.Host.Tests.Reliability;

/// <summary>
/// A network with dropout draws from the global random generator at every step, so it trains to the same weights
/// after a resume only if the checkpoint restores that generator, and after a restart only if a fresh level does not
/// depend on what drew from it before. The "new process" here is the generator disturbed and the model rebuilt.
/// </summary>
[Collection(nameof(GlobalRandomStateCollection))]
public sealed class RandomStateResumeTests : IDisposable
{
    private static readonly TrainingOptions Training = SmallLevel.Training;
    private static readonly LevelPlan Plan = SmallLevel.Plan;

    private readonly SmallLevel level = new("random-state-");

    public void Dispose() => level.Dispose();

    [Fact]
    public void A_level_stopped_mid_epoch_resumes_to_the_weights_and_losses_of_an_uninterrupted_one()
    {
        var (expectedWeights, expectedEpochs) = Train(Path.Combine(level.Folder, "a.safetensors"), globalSeed: 1);

        var checkpoint = Path.Combine(level.Folder, "b.safetensors");
        using var stop = new CancellationTokenSource();
        var steps = 0;
        // Cancelled as the 12th step ends, mid second epoch: the trainer checks the token after each step.
        Assert.ThrowsAny<OperationCanceledException>(() => Train(checkpoint, globalSeed: 1, stop.Token, onStep: () =>
        {
            if (++steps == 12) stop.Cancel();
        }));
        var (weights, epochs) = Train(checkpoint, globalSeed: 2);

        Assert.Equal(expectedWeights, weights);
        Assert.Equal(WithoutTimes(expectedEpochs), WithoutTimes(epochs));
    }

    [Fact]
    public void A_fresh_level_trains_the_same_whatever_drew_from_the_global_generator_before_it()
    {
        var (first, _) = Train(checkpoint: null, globalSeed: 1);
        var (second, _) = Train(checkpoint: null, globalSeed: 2);

        Assert.Equal(first, second);
    }

    // A new model with the same initial weights each time, trained for the plan from the global generator seeded
    // with globalSeed (what a process did before the level); its final weights, flattened.
    private (float[] Weights, IReadOnlyList<EpochResult> Epochs) Train(string? checkpoint, ulong globalSeed, CancellationToken stop = default, Action? onStep = null)
    {
        manual_seed(0);
        using var model = new ArchitectureModel(new ArchitectureSpec("dropout-mlp", "8-16-3", [8], 3),
            nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 3)), [], [], []);
        manual_seed(globalSeed);
        var epochs = new LevelTrainer(Training).Train(model, level.Data, null, Plan, new TrainingHooks(checkpoint, Stop: stop, OnStep: onStep is null ? null : _ => onStep()));
        using var scope = NewDisposeScope();
        return (model.Network.parameters().SelectMany(p => p.flatten().data<float>()).ToArray(), epochs);
    }

    private static EpochResult[] WithoutTimes(IEnumerable<EpochResult> epochs) => epochs.Select(e => e with { Elapsed = TimeSpan.Zero }).ToArray();
}

/// <summary>
/// Tests that seed and draw from the process-wide generator: alone, so that no test running beside them draws from
/// it in between (and theirs do not disturb others' model initialisation).
/// </summary>
[CollectionDefinition(nameof(GlobalRandomStateCollection), DisableParallelization = true)]
public sealed class GlobalRandomStateCollection;
