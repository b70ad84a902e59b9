using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.SparseTraining;
using Lottery.Contracts.Tickets;
using Lottery.Host.Options;
using Lottery.Host.Runs;
using Lottery.Host.Tests.Reliability;
using Lottery.Host.Training;

namespace Lottery.Host.Tests.SparseTraining;

/// <summary>The trainer's side of dynamic sparse training: when the updater runs, what the host does to grown weights, and resumption.</summary>
[Collection(nameof(GlobalRandomStateCollection))]
public sealed class MaskUpdatingTests : IDisposable
{
    private static readonly TrainingOptions Training = SmallLevel.Training;
    private static readonly LevelPlan Plan = SmallLevel.Plan;

    private readonly SmallLevel level = new("mask-updating-");

    public void Dispose() => level.Dispose();

    [Fact]
    public void The_trainer_calls_the_updater_at_exactly_every_interval_and_never_after_t_end()
    {
        // T_end = floor(0.6 * 24) = 14: steps 5 and 10; not 15 or 20.
        var updater = new KeepingUpdater(new MaskUpdateSchedule(5, 0.6));
        var reports = new List<MaskUpdateReport>();

        Train(updater, checkpoint: null, reports.Add);

        Assert.Equal([5L, 10L], updater.Steps);
        Assert.Equal([5L, 10L], reports.Select(r => r.Step));
        Assert.All(reports, report => Assert.Equal(0L, report.Moved["0.weight"]));
    }

    [Fact]
    public void Grown_weights_start_at_exactly_zero_with_no_momentum_and_the_dropped_ones_are_zeroed()
    {
        using var model = Model();
        using var optimizer = OptimizerFactory.Create(Training, model.Network.parameters());
        using var updating = new MaskUpdating(new FirstPositionsUpdater(new MaskUpdateSchedule(1, 1)), "first-positions", HalfMask(model), seed: 3);
        updating.Hold(model.Network).Apply();
        var weight = model.Network.named_parameters().Single(p => p.name == "0.weight").parameter;
        // One step: the dense gradient gives momentum to the pruned positions too.
        var batch = level.Data.Train.Batches(32, new Generator(1), false).First();
        nn.functional.cross_entropy(model.Network.call(batch.Inputs), batch.Labels).backward();
        optimizer.step();
        updating.Hold(model.Network).Apply();
        using (var before = Momentum(optimizer)) Assert.NotEqual(0f, before.flatten()[0].item<float>());

        updating.AfterStep(model.Network, optimizer, step: 1, totalSteps: 10);

        // Position 1 (live) dropped, position 0 (pruned, with momentum) grown.
        using var momentum = Momentum(optimizer);
        Assert.Equal((0f, 0f, 0f), (weight.flatten()[0].item<float>(), weight.flatten()[1].item<float>(), momentum.flatten()[0].item<float>()));
        Assert.Equal((true, false), (updating.Current["0.weight"].flatten()[0].item<bool>(), updating.Current["0.weight"].flatten()[1].item<bool>()));
        Assert.Equal((64L, 128L), updating.Current.Count());
    }

    [Fact]
    public void An_updater_that_changes_a_tensors_count_is_refused_naming_it_the_step_and_the_tensor()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Train(new DensifyingUpdater(new MaskUpdateSchedule(4, 1)), checkpoint: null));

        Assert.Contains("mask updater 'scripted' at step 4 changed '0.weight' from 64 live weights to 128", error.Message);
    }

    [Fact]
    public void A_level_stopped_during_dynamic_sparse_training_resumes_to_the_weights_and_mask_of_an_uninterrupted_one()
    {
        var schedule = new MaskUpdateSchedule(2, 0.75);
        var (expectedWeights, expectedMask) = Train(new RandomSwapUpdater(schedule), Path.Combine(level.Folder, "a.safetensors"));

        var checkpoint = Path.Combine(level.Folder, "b.safetensors");
        using var stop = new CancellationTokenSource();
        var steps = 0;
        // Cancelled as the 11th step ends, mid second epoch, between two updates.
        Assert.ThrowsAny<OperationCanceledException>(() => Train(new RandomSwapUpdater(schedule), checkpoint, stop: stop.Token, onStep: () =>
        {
            if (++steps == 11) stop.Cancel();
        }));
        manual_seed(99);
        var (weights, mask) = Train(new RandomSwapUpdater(schedule), checkpoint);

        Assert.Equal(expectedMask, mask);
        Assert.Equal(expectedWeights, weights);
    }

    private (float[] Weights, bool[] Mask) Train(IMaskUpdater updater, string? checkpoint, Action<MaskUpdateReport>? onUpdate = null, CancellationToken stop = default, Action? onStep = null)
    {
        using var model = Model();
        using var updating = new MaskUpdating(updater, "scripted", HalfMask(model), seed: 5, onUpdate);
        new LevelTrainer(Training).Train(model, level.Data, null, Plan, new TrainingHooks(checkpoint, Stop: stop, OnStep: onStep is null ? null : _ => onStep()), updating);
        using var scope = NewDisposeScope();
        return (model.Network.parameters().SelectMany(p => p.flatten().data<float>()).ToArray(), updating.Current["0.weight"].flatten().data<bool>().ToArray());
    }

    private static ArchitectureModel Model()
    {
        manual_seed(0);
        return new ArchitectureModel(new ArchitectureSpec("mlp", "8-16-3", [8], 3), nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3)), ["0.weight"], [], []);
    }

    // The first layer's odd positions live: half of its 128 weights.
    private static Mask HalfMask(ArchitectureModel model) =>
        new([KeyValuePair.Create("0.weight", arange(128).remainder(2).eq(1).view(16, 8))]);

    private static Tensor Momentum(Lottery.Torch.Optim.Optimizer optimizer)
    {
        using var state = optimizer.state_dict();
        return state.Tensors.Single(pair => pair.Key == "0.momentum_buffer").Value.clone();
    }
}
