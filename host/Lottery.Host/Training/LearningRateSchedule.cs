using Lottery.Host.Options;
using Lottery.Torch.Optim;
using static Lottery.Torch.torch;
using Lottery.Host.Runs;

namespace Lottery.Host.Training;

/// <summary>
/// The learning-rate factor as a function of the absolute training step, as open_lth computes it: a
/// linear warmup from 0, times the schedule (constant, multistep with absolute milestones, or cosine to 0
/// at the end of training). Being a function of the step, it rewinds and resumes by position alone.
/// </summary>
public sealed class LearningRateSchedule
{
    private readonly long warmup;
    private readonly long[] milestones;
    private readonly long total;
    private readonly string kind;
    private readonly double gamma;

    public LearningRateSchedule(TrainingOptions training, int stepsPerEpoch, long totalSteps)
    {
        kind = training.Schedule.ToLowerInvariant();
        gamma = training.Gamma;
        total = totalSteps;
        warmup = StepCount.Parse(training.Warmup, "Lottery:Training:Warmup").ToSteps(stepsPerEpoch);
        milestones = training.Milestones.Select(m => StepCount.Parse(m, "Lottery:Training:Milestones").ToSteps(stepsPerEpoch)).OrderBy(m => m).ToArray();
    }

    /// <summary>The factor applied to the base learning rate during step (0-based).</summary>
    public double Factor(long step)
    {
        var warm = warmup > 0 ? Math.Min(1.0, (double)step / warmup) : 1.0;
        var main = kind switch
        {
            "multistep" => Math.Pow(gamma, milestones.Count(m => step >= m)),
            "cosine" => 0.5 * (1 + Math.Cos(Math.PI * Math.Min(step, total) / Math.Max(1, total))),
            _ => 1.0,
        };
        return warm * main;
    }

    /// <summary>A scheduler over optimizer whose rate for step s is base * Factor(s), positioned at startStep.</summary>
    public LRScheduler Attach(Optimizer optimizer, long startStep)
    {
        var scheduler = optim.lr_scheduler.LambdaLR(optimizer, epoch => Factor(epoch));
        for (long s = 0; s < startStep; s++) scheduler.step();
        return scheduler;
    }
}
