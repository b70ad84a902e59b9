using System.Globalization;
using System.Text;
using Lottery.Host.Options;

namespace Lottery.Host.Sweeps;

/// <summary>
/// The sbatch job array of a sweep: one task per point left to do, numbered as the point, whose command is the point's
/// `run` exactly as the local executor starts it. The script carries the run through Slurm's stops: a requeue,
/// cancellation or preemption sends every process of the task SIGTERM (the run checkpoints and exits 130; Slurm starts it
/// again where it requeues); the warning before the time limit (--signal=B:USR1) reaches the script alone, which stops the
/// run and requeues the task itself, so a point longer than the time limit goes on in its next slot.
/// </summary>
public static class SlurmScript
{
    /// <summary>The signal of the warning before the time limit: one Slurm itself never sends, so it means only that.</summary>
    public const string WarningSignal = "USR1";

    /// <param name="points">The points to run, each with its whole command line, program first.</param>
    public static string Write(string sweepName, SweepFolder folder, SlurmOptions slurm, int cpusPerTask, string workingDirectory,
        IReadOnlyList<(SweepPoint Point, IReadOnlyList<string> Command)> points)
    {
        var script = new StringBuilder();
        script.Append("#!/bin/bash\n");
        script.Append($"# LotteryHost sweep {sweepName}: one task per point left to do, written and submitted by `lottery sweep` (docs/slurm.md).\n");
        foreach (var option in Options(sweepName, folder, slurm, cpusPerTask, workingDirectory, points.Select(p => p.Point.Index))) script.Append($"#SBATCH {option}\n");
        script.Append('\n');
        script.Append("# The point of this task, its name (its log and exit code in the sweep's folder) and its command.\n");
        script.Append("case \"$SLURM_ARRAY_TASK_ID\" in\n");
        foreach (var (point, command) in points)
        {
            script.Append(CultureInfo.InvariantCulture, $"  {point.Index}) point={point.Name}; set -- {string.Join(' ', command.Select(Quote))} ;;\n");
        }
        script.Append("  *) echo \"error: array task $SLURM_ARRAY_TASK_ID is no point of this sweep\" >&2; exit 2 ;;\n");
        script.Append("esac\n");
        script.Append(CultureInfo.InvariantCulture, $"points={Quote(folder.PointsPath)}\n");
        script.Append(Body);
        return script.ToString();
    }

    /// <summary>The point numbers as Slurm's --array value: runs of consecutive numbers as ranges ("0-3,7,9-10").</summary>
    public static string ArraySpec(IEnumerable<int> indices)
    {
        var sorted = indices.Distinct().Order().ToList();
        var ranges = new List<string>();
        for (var start = 0; start < sorted.Count;)
        {
            var end = start;
            while (end + 1 < sorted.Count && sorted[end + 1] == sorted[end] + 1) end++;
            ranges.Add(end == start ? $"{sorted[start]}" : $"{sorted[start]}-{sorted[end]}");
            start = end + 1;
        }
        return string.Join(',', ranges);
    }

    /// <summary>A word for bash, as it is: in single quotes, a quote inside written as '\''.</summary>
    public static string Quote(string word) => $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    private static IEnumerable<string> Options(string sweepName, SweepFolder folder, SlurmOptions slurm, int cpusPerTask, string workingDirectory, IEnumerable<int> indices)
    {
        yield return $"--job-name=lottery-{sweepName}";
        yield return $"--array={ArraySpec(indices)}";
        yield return "--requeue";
        yield return string.Create(CultureInfo.InvariantCulture, $"--signal=B:{WarningSignal}@{slurm.SignalSeconds}");
        // %3a: the task number zero-padded to three digits, as SweepPoint.Name writes it; appended, as a requeued task's
        // attempt follows the one before in the same log.
        yield return $"--output={OptionPath(Path.Combine(folder.PointsPath, "%3a.log"))}";
        yield return "--open-mode=append";
        yield return $"--chdir={OptionPath(workingDirectory)}";
        yield return string.Create(CultureInfo.InvariantCulture, $"--cpus-per-task={cpusPerTask}");
        if (slurm.Partition.Length > 0) yield return $"--partition={slurm.Partition}";
        if (slurm.Time.Length > 0) yield return $"--time={slurm.Time}";
        if (slurm.Memory.Length > 0) yield return $"--mem={slurm.Memory}";
        if (slurm.Gpus > 0) yield return string.Create(CultureInfo.InvariantCulture, $"--gpus-per-task={slurm.Gpus}");
        foreach (var line in slurm.ExtraLines) yield return line;
    }

    // sbatch reads an #SBATCH value in double quotes as one word; '%' starts its file name patterns, so the folder's own is
    // doubled (the pattern's is added after).
    private static string OptionPath(string path)
    {
        if (path.Any(c => c == '"' || char.IsControl(c))) throw new InvalidOperationException($"{path}: a sweep's folder for Slurm may not hold a double quote or a control character (it is written into #SBATCH lines)");
        return $"\"{path}\"";
    }

    // After the case above: run the point, wait for it through the signals, record its exit code, requeue after the warning.
    private const string Body = """

        # libgomp reads it when it starts: idle OpenMP threads sleep instead of spinning on a core another task may need.
        export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
        # A requeue, cancellation or preemption sends SIGTERM to every process of the task, the run included, which writes its
        # checkpoint on its own; passing it on would be a second SIGTERM, which stops the run at once. So only note it.
        trap 'stopped=1' TERM
        # The warning before the time limit reaches this script alone: stop the run (it checkpoints) and requeue below.
        trap 'warned=1; [ -n "${run:-}" ] && kill -TERM "$run" 2>/dev/null' USR1
        echo "# $(date -Iseconds) start: task ${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID} (job $SLURM_JOB_ID, restart ${SLURM_RESTART_COUNT:-0}) on $(hostname): $*"
        # In the background, so that the traps above run while it does (bash runs none until a foreground command ends).
        "$@" &
        run=$!
        while :; do
          wait "$run"
          code=$?
          # wait also returns when a trapped signal arrives: go on waiting while the run is still there.
          kill -0 "$run" 2>/dev/null || break
        done
        printf '%s\n' "$code" > "$points/$point.exit.tmp" && mv -f "$points/$point.exit.tmp" "$points/$point.exit"
        echo "# $(date -Iseconds) exit code $code${stopped:+ (stopped by Slurm)}${warned:+ (time limit near)}"
        if [ "$code" = 130 ] && [ -n "${warned:-}" ]; then
          # Checkpoint written before the time limit: queue the task again; its next start resumes the run there.
          scontrol requeue "${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}"
        fi
        exit "$code"

        """;
}
