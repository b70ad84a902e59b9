using Lottery.Host.Options;
using Lottery.Host.Runs;

namespace Lottery.Host.Sweeps;

/// <summary>
/// Hands the points to Slurm as one job array (<see cref="SlurmScript"/>): writes the script into the sweep's folder,
/// submits it with `sbatch --parsable`, records the job and returns. Slurm schedules, requeues and resumes the tasks; each
/// point's state is read later from its run directory, its exit code and squeue/sacct (`sweep --status`).
/// </summary>
public sealed class SlurmExecutor(PointCommand command, LotteryOptions options) : ISweepExecutor
{
    public string Name => SweepOptions.SlurmExecutorName;

    /// <summary>CPUs per task, and threads per point: CpusPerTask, else Lottery:Threads, else 1.</summary>
    public static int CpusPerTask(SlurmOptions slurm, int threads) => slurm.CpusPerTask > 0 ? slurm.CpusPerTask : Math.Max(1, threads);

    public bool Run(SweepPlan plan, IReadOnlyList<PlannedPoint> points, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var slurm = plan.Options.Slurm;
        var cpus = CpusPerTask(slurm, options.Threads);
        var script = SlurmScript.Write(plan.Options.Name, plan.Folder, slurm, cpus, Environment.CurrentDirectory,
            points.Select(p => (p.Point, command.Full(p.Point, cpus))).ToList());
        Directory.CreateDirectory(plan.Folder.PointsPath);
        AtomicFile.WriteAllText(plan.Folder.SlurmScriptPath, script);
        var reply = SlurmClient.Call("sbatch", ["--parsable", plan.Folder.SlurmScriptPath]);
        if (reply.ExitCode != 0) throw new InvalidOperationException($"{reply.CommandLine} was refused (exit code {reply.ExitCode}): {reply.Message}");
        // --parsable prints "<job id>" or "<job id>;<cluster>".
        var jobId = reply.Output.Trim().Split(';')[0];
        var array = SlurmScript.ArraySpec(points.Select(p => p.Point.Index));
        plan.Folder.RecordSlurmJob(jobId, array);
        output.WriteLine($"submitted Slurm job {jobId}: array {array} ({points.Count} point(s), {cpus} CPU(s) each), script {plan.Folder.SlurmScriptPath}; logs in {plan.Folder.PointsPath}");
        output.WriteLine("`lottery sweep --status` with the same arguments shows where each point stands; `lottery report --sweep` aggregates once its tasks ended");
        return false;
    }

    public IReadOnlyDictionary<int, ScheduledTask> Tasks(SweepFolder folder) => SlurmQueue.Tasks(folder.SlurmJobIds());
}
