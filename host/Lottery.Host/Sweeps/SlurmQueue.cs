using System.Globalization;

namespace Lottery.Host.Sweeps;

/// <summary>
/// The tasks of a sweep's jobs as Slurm reports them: squeue for those it still holds (pending, running, requeued), then
/// sacct, where the cluster keeps accounting, for how the others ended (COMPLETED, TIMEOUT, OUT_OF_MEMORY, ...). A task
/// id is its array job's id and the point's number, so each maps to its point; a later job's task wins.
/// </summary>
internal static class SlurmQueue
{
    private const string Scheduler = "slurm";

    public static IReadOnlyDictionary<int, ScheduledTask> Tasks(IReadOnlyList<string> submitted)
    {
        var jobIds = submitted.Distinct().ToList();
        var tasks = new Dictionary<int, ScheduledTask>();
        if (jobIds.Count == 0) return tasks;
        foreach (var (job, index, state, reason) in Finished(jobIds)) tasks[index] = new ScheduledTask(Scheduler, $"{job}_{index}", state, null, Queued: false);
        foreach (var (job, index, state, reason) in Queued(jobIds)) tasks[index] = new ScheduledTask(Scheduler, $"{job}_{index}", state, reason, Queued: true);
        return tasks;
    }

    // One line per task (--array), in job order: array job id, task number, state, reason.
    private static IEnumerable<(string Job, int Index, string State, string? Reason)> Queued(IReadOnlyList<string> jobIds)
    {
        var reply = SlurmClient.Call("squeue", ["--noheader", "--array", $"--jobs={string.Join(',', jobIds)}", "--format=%F|%K|%T|%r"]);
        // Once every job has left the controller (MinJobAge after it ended), squeue refuses their ids rather than listing nothing.
        if (reply.ExitCode != 0 && reply.Message.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase)) return [];
        if (reply.ExitCode != 0) throw new InvalidOperationException($"{reply.CommandLine} failed (exit code {reply.ExitCode}): {reply.Message}");
        return Ordered(jobIds, Parse(reply.Output, 4).Select(f => (f[0], f[1], f[2], f[3] is "None" or "" ? null : f[3])));
    }

    // Accounting off (sacct refuses) or sacct absent: nothing to add to the run directories and the exit codes.
    private static IEnumerable<(string Job, int Index, string State, string? Reason)> Finished(IReadOnlyList<string> jobIds)
    {
        SlurmReply reply;
        try
        {
            reply = SlurmClient.Call("sacct", ["--noheader", "--parsable2", "--allocations", $"--jobs={string.Join(',', jobIds)}", "--format=JobID,State"]);
        }
        catch (InvalidOperationException)
        {
            return [];
        }
        if (reply.ExitCode != 0) return [];
        // JobID "123_4" (a task) and State "COMPLETED" or "CANCELLED by 0": the first word.
        return Ordered(jobIds, Parse(reply.Output, 2).Select(f => (Id: f[0].Split('_'), f[1]))
            .Where(f => f.Id.Length == 2).Select(f => (f.Id[0], f.Id[1], f.Item2.Split(' ')[0], (string?)null)));
    }

    private static IEnumerable<string[]> Parse(string output, int fields) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => line.Split('|', fields)).Where(f => f.Length == fields);

    // Tasks with a plain task number (a pending array not yet split is listed task by task with --array), oldest job first.
    private static IEnumerable<(string Job, int Index, string State, string? Reason)> Ordered(IReadOnlyList<string> jobIds, IEnumerable<(string Job, string Index, string State, string? Reason)> tasks)
    {
        var age = jobIds.Select((job, position) => (job, position)).ToDictionary(p => p.job, p => p.position);
        return tasks.Where(t => age.ContainsKey(t.Job) && int.TryParse(t.Index, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(t => (t.Job, Index: int.Parse(t.Index, NumberStyles.None, CultureInfo.InvariantCulture), t.State, t.Reason))
            .OrderBy(t => age[t.Job]);
    }
}
