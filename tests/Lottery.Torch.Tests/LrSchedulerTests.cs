using System.Text.Json;
using Lottery.Torch.Optim;

namespace Lottery.Torch.Tests;

/// <summary>
/// The expected sequences are PyTorch 1.13's, printed by torch.optim.lr_scheduler (get_last_lr() after
/// construction and after each step) with the same settings; they include its floating-point artifacts
/// (0.10000000000000002), so exact equality shows the same arithmetic in the same order.
/// </summary>
public class LrSchedulerTests
{
    [Fact]
    public void MultiStepLR_matches_pytorch_with_two_groups_and_a_repeated_milestone()
    {
        using var scope = NewDisposeScope();
        using var optimizer = Sgd(0.1, 0.05);
        var scheduler = optim.lr_scheduler.MultiStepLR(optimizer, [2, 5, 5], gamma: 0.1);
        AssertSequence(scheduler, optimizer,
        [
            [0.1, 0.05],
            [0.1, 0.05],
            [0.010000000000000002, 0.005000000000000001],
            [0.010000000000000002, 0.005000000000000001],
            [0.010000000000000002, 0.005000000000000001],
            [0.00010000000000000005, 5.000000000000002e-05],
            [0.00010000000000000005, 5.000000000000002e-05],
            [0.00010000000000000005, 5.000000000000002e-05],
            [0.00010000000000000005, 5.000000000000002e-05],
        ]);
    }

    [Fact]
    public void CosineAnnealingLR_matches_pytorch_past_T_max()
    {
        using var scope = NewDisposeScope();
        using var optimizer = Sgd(0.1);
        var scheduler = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max: 4, eta_min: 0.001);
        AssertSequence(scheduler, optimizer,
        [
            [0.1], [0.0855017856687341], [0.0505], [0.0154982143312659], [0.001], [0.015498214331265896],
            [0.05050000000000001], [0.08550178566873413], [0.10000000000000003], [0.08550178566873413],
            [0.05050000000000003], [0.015498214331265945], [0.001],
        ]);
    }

    [Fact]
    public void LinearLR_warmup_matches_pytorch()
    {
        using var scope = NewDisposeScope();
        using var optimizer = Sgd(0.1);
        var scheduler = optim.lr_scheduler.LinearLR(optimizer, start_factor: 0.25, end_factor: 1.0, total_iters: 4);
        AssertSequence(scheduler, optimizer,
        [
            [0.025], [0.043750000000000004], [0.06250000000000001], [0.08125000000000002],
            [0.10000000000000002], [0.10000000000000002], [0.10000000000000002], [0.10000000000000002],
        ]);
    }

    [Fact]
    public void LambdaLR_matches_pytorch()
    {
        using var scope = NewDisposeScope();
        using var optimizer = Sgd(0.1, 0.3);
        var scheduler = optim.lr_scheduler.LambdaLR(optimizer, epoch => 1.0 / (epoch + 1));
        AssertSequence(scheduler, optimizer,
        [
            [0.1, 0.3], [0.05, 0.15], [0.03333333333333333, 0.09999999999999999], [0.025, 0.075],
            [0.020000000000000004, 0.06], [0.016666666666666666, 0.049999999999999996],
        ]);
    }

    [Fact]
    public void Linear_warmup_then_MultiStepLR_matches_pytorch()
    {
        using var scope = NewDisposeScope();
        using var optimizer = Sgd(0.1);
        var scheduler = WarmupThenMultiStep(optimizer);
        AssertSequence(scheduler, optimizer,
        [
            [0.010000000000000002], [0.04], [0.07], [0.1], [0.1], [0.010000000000000002], [0.010000000000000002],
            [0.0010000000000000002], [0.0010000000000000002], [0.0010000000000000002], [0.0010000000000000002],
        ]);
    }

    [Fact]
    public void Linear_warmup_then_cosine_restarts_the_cosine_from_the_base_lr()
    {
        using var scope = NewDisposeScope();
        using var optimizer = Sgd(0.1);
        var warmup = optim.lr_scheduler.LinearLR(optimizer, start_factor: 0.1, total_iters: 2);
        var cosine = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max: 5);
        var scheduler = optim.lr_scheduler.SequentialLR(optimizer, [warmup, cosine], milestones: [2]);
        AssertSequence(scheduler, optimizer,
        [
            [0.010000000000000002], [0.05500000000000001], [0.1], [0.09045084971874738], [0.06545084971874737],
            [0.03454915028125263], [0.009549150281252633], [0.0], [0.009549150281252628], [0.03454915028125265],
        ]);
    }

    [Fact]
    public void A_schedule_resumed_from_its_state_continues_the_same_sequence()
    {
        using var scope = NewDisposeScope();
        using var uninterrupted = Sgd(0.1);
        var reference = WarmupThenMultiStep(uninterrupted);
        using var first = Sgd(0.1);
        var interrupted = WarmupThenMultiStep(first);
        for (var i = 0; i < 4; i++)
        {
            reference.step();
            interrupted.step();
        }

        // Both states go through their stored forms: the optimizer's as tensors + metadata, the schedule's as JSON.
        var (tensors, metadata) = first.state_dict().ToTensors();
        var json = JsonSerializer.Serialize(interrupted.state_dict());
        using var resumed = Sgd(0.1);
        var continued = WarmupThenMultiStep(resumed);
        resumed.load_state_dict(OptimizerState.FromTensors(tensors, metadata));
        continued.load_state_dict(JsonSerializer.Deserialize<LRSchedulerState>(json)!);

        for (var i = 0; i < 6; i++)
        {
            reference.step();
            continued.step();
            Assert.Equal(reference.get_last_lr(), continued.get_last_lr());
            Assert.Equal(uninterrupted.param_groups[0].lr, resumed.param_groups[0].lr);
        }
    }

    [Fact]
    public void Loading_a_schedule_state_for_another_number_of_groups_names_the_counts()
    {
        using var scope = NewDisposeScope();
        using var two = Sgd(0.1, 0.2);
        using var one = Sgd(0.1);
        var state = optim.lr_scheduler.LinearLR(two).state_dict();
        var error = Assert.Throws<ArgumentException>(() => optim.lr_scheduler.LinearLR(one).load_state_dict(state));
        Assert.Contains("2 base lrs", error.Message);
        Assert.Contains("1 parameter groups", error.Message);
    }

    private static LRScheduler WarmupThenMultiStep(Optimizer optimizer)
    {
        var warmup = optim.lr_scheduler.LinearLR(optimizer, start_factor: 0.1, total_iters: 3);
        var decay = optim.lr_scheduler.MultiStepLR(optimizer, [2, 4], gamma: 0.1);
        return optim.lr_scheduler.SequentialLR(optimizer, [warmup, decay], milestones: [3]);
    }

    /// <summary>An SGD optimizer with one single-parameter group per lr.</summary>
    private static Optimizer Sgd(params double[] lrs) =>
        new SGD(lrs.Select(lr => new ParamGroup([zeros([1]).requires_grad_()], new SGDOptions(lr))));

    private static void AssertSequence(LRScheduler scheduler, Optimizer optimizer, double[][] expected)
    {
        Assert.Equal(expected[0], scheduler.get_last_lr());
        for (var epoch = 1; epoch < expected.Length; epoch++)
        {
            scheduler.step();
            Assert.Equal(expected[epoch], scheduler.get_last_lr());
            Assert.Equal(expected[epoch], optimizer.param_groups.Select(g => g.lr));
        }
    }
}
