using System.Globalization;
using Lottery.Host.Stages;
using Lottery.Host.Training;

namespace Lottery.Host.Progress;

/// <summary>Two bars for an IMP run: the levels (advancing within a level as it trains) and the current epoch.</summary>
public static class ImpProgressBars
{
    public static ImpProgress Show(IProgressBoard board, int levels)
    {
        var levelBar = board.Add("levels", levels + 1);
        var epochBar = board.Add("epoch", 1);
        return new ImpProgress(
            LevelStarted: (level, density, complete) =>
            {
                levelBar.Description = string.Create(CultureInfo.InvariantCulture, $"level {level}/{levels} (density {density * 100:F1}%)");
                levelBar.Value = level + (complete ? 1 : 0);
            },
            Step: step =>
            {
                var plan = step.Plan;
                var done = (double)(step.Step - plan.StartStep) / Math.Max(1, plan.TotalSteps - plan.StartStep);
                levelBar.Value = plan.Level + done;
                epochBar.Description = string.Create(CultureInfo.InvariantCulture, $"level {plan.Level} epoch {step.Epoch + 1}, loss {step.Loss:F3}");
                epochBar.Total = plan.StepsPerEpoch;
                epochBar.Value = step.StepInEpoch;
            });
    }
}
