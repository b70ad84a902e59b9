using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Sweeps;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Verbs;

/// <summary>
/// `sweep`: a study's points (Lottery:Sweep), each an ordinary run in its ordinary run directory, run on this machine or
/// submitted to Slurm; the plan (done, running, failed, to do) is printed first and points already done are not run again.
/// `sweep --status` prints the plan and runs nothing. Once no point is running or left to do, the aggregate across seeds
/// and its report are written into the sweep's folder.
/// </summary>
public sealed class SweepVerb(LotteryOptions options, IConfiguration configuration, HostInvocation invocation, IPointIdentity identity, IEnumerable<ISweepExecutor> executors) : IVerb
{
    public string Name => "sweep";

    public string Summary => "run a study's points (Lottery:Sweep) here or on Slurm, skipping those done; --status shows where each stands";

    public int Run(TextWriter output, TextWriter error, CancellationToken stop)
    {
        var executor = executors.First(e => e.Name == options.Sweep.Executor);
        var plan = SweepPlan.Build(options, configuration, invocation, identity, executor);
        SweepPlanTable.Write(output, plan);
        if (invocation.Arguments.Has(CommandLineArguments.StatusSwitch)) return 0;
        var left = plan.Points.Where(p => p.State is PointState.ToDo or PointState.Failed).ToList();
        if (left.Count > 0) executor.Run(plan, left, output, error, stop);
        return Ended(plan.Refresh(executor), output, error);
    }

    // After the points ran (or none was left): the plan as it now stands, and the aggregate once nothing is still running.
    private static int Ended(SweepPlan plan, TextWriter output, TextWriter error)
    {
        var running = plan.In(PointState.Running).Count;
        var failed = plan.In(PointState.Failed);
        output.WriteLine($"sweep {plan.Options.Name}: {plan.In(PointState.Done).Count} of {plan.Points.Count} point(s) done, {failed.Count} failed, {running} running, {plan.In(PointState.ToDo).Count} to do");
        foreach (var point in failed) error.WriteLine($"error: point {point.Point.Name} ({point.Point.Label}) failed: {point.Error}");
        // A point still running or left to do would change the means: a Slurm sweep is reported by `report --sweep` once
        // its tasks ended. Failed points do not hold the report back; it lists them.
        if (running == 0 && plan.In(PointState.ToDo).Count == 0) SweepReport.Describe(plan, SweepReport.Write(plan), output);
        return failed.Count > 0 ? 1 : 0;
    }
}
