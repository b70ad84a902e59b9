using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Sweeps;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Verbs;

/// <summary>
/// `report --sweep STUDY.json`: the aggregate across seeds of a sweep's points that are done, and its report, written into
/// the sweep's folder without running anything: for a Slurm sweep once its tasks ended, or for a local one again. The
/// points are planned as `sweep` plans them, so the same study file and overrides find the same run directories.
/// </summary>
public sealed class ReportVerb(LotteryOptions options, IConfiguration configuration, HostInvocation invocation, IPointIdentity identity) : IVerb
{
    public string Name => "report";

    public string Summary => "--sweep STUDY.json: aggregate a sweep's done points across seeds (mean ± std) into its folder";

    public int Run(TextWriter output, TextWriter error, CancellationToken stop)
    {
        if (!invocation.Arguments.Has(CommandLineArguments.SweepSwitch))
        {
            throw new ConfigurationError("report needs --sweep STUDY.json: the study file (with Lottery:Sweep) whose points to aggregate");
        }
        var plan = SweepPlan.Build(options, configuration, invocation, identity);
        SweepPlanTable.Write(output, plan);
        SweepReport.Describe(plan, SweepReport.Write(plan), output);
        return 0;
    }
}
