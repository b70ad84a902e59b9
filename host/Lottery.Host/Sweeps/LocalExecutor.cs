using System.Diagnostics;
using System.Globalization;
using Lottery.Host.Options;

namespace Lottery.Host.Sweeps;

/// <summary>
/// Runs points as processes of this host on this machine, Parallel at once, each at its share of the cores and, when they
/// fill the cores, pinned to its own (taskset), so two points never compete for one core. A point's output goes to its log in the sweep's folder; its
/// exit code is recorded when it ends. Stopped, it passes the stop on (SIGTERM: each point checkpoints and exits 130) and
/// waits for them, so the same command later finishes only what was left.
/// </summary>
public sealed class LocalExecutor(PointCommand command, LotteryOptions options) : ISweepExecutor
{
    public string Name => SweepOptions.LocalExecutorName;

    /// <summary>
    /// Points at once and threads each, from the cores this process may use: Threads (0: the cores divided among the
    /// points, or 1 when Parallel is 0 too) and Parallel (0: as many as fit at that thread count).
    /// </summary>
    public static (int Parallel, int Threads) Slots(int cores, int threads, int parallel)
    {
        var each = threads > 0 ? threads : parallel > 0 ? Math.Max(1, cores / parallel) : 1;
        return (parallel > 0 ? parallel : Math.Max(1, cores / each), each);
    }

    public bool Run(SweepPlan plan, IReadOnlyList<PlannedPoint> points, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var cpus = AllowedCpus();
        var cores = Math.Min(Environment.ProcessorCount, cpus.Count);
        var (parallel, threads) = Slots(cores, options.Threads, plan.Options.Parallel);
        // Pinned only when the points fill the cores: a sweep using part of them leaves placement to the kernel, so two
        // sweeps side by side do not both pin to the first core.
        var pin = parallel * threads == cores && TasksetPath() != null;
        output.WriteLine($"running {points.Count} point(s), {parallel} at once, {threads} thread(s) each{(pin ? ", each pinned to its own cores" : "")}; logs in {plan.Folder.PointsPath}");
        var waiting = new List<PlannedPoint>(points);
        var running = new List<RunningPoint>();
        var slots = new bool[parallel];
        var allFinished = true;
        using var stopping = stop.Register(() => { lock (running) foreach (var r in running) ProcessSignals.Terminate(r.Process.Id); });
        while (waiting.Count > 0 || running.Count > 0)
        {
            while (running.Count < parallel && !stop.IsCancellationRequested && NextStartable(waiting, running) is { } next)
            {
                waiting.Remove(next);
                var slot = Array.IndexOf(slots, false);
                slots[slot] = true;
                var started = Start(plan.Folder, next, slot, threads, pin ? cpus.Skip(slot * threads).Take(threads).ToList() : null);
                lock (running) running.Add(started);
                output.WriteLine($"point {started.Point.Point.Name} started: {started.Point.Point.Label}");
            }
            if (stop.IsCancellationRequested) waiting.Clear();
            if (running.Count == 0) break;
            var ended = WaitForAny(running);
            lock (running) running.Remove(ended);
            slots[ended.Slot] = false;
            var code = ended.Finish();
            plan.Folder.RecordExitCode(ended.Point.Point, code);
            allFinished &= code == 0;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"point {ended.Point.Point.Name} {Describe(code)} after {ended.Elapsed.TotalSeconds:F1} s: {ended.Point.Point.Label}"));
            if (code is not 0 and not SweepPlan.StoppedExitCode) error.WriteLine($"warning: point {ended.Point.Point.Name} failed: {plan.Folder.LastError(ended.Point.Point)} (log: {plan.Folder.LogPath(ended.Point.Point)})");
        }
        if (stop.IsCancellationRequested) throw new OperationCanceledException("sweep stopped: running points wrote their checkpoints; the same command finishes what is left");
        return allFinished;
    }

    // Points that share a run directory (IMP shared, pools settings differing) take turns: the directory's lock admits one.
    private static PlannedPoint? NextStartable(List<PlannedPoint> waiting, List<RunningPoint> running) =>
        waiting.FirstOrDefault(w => running.All(r => r.Point.RunDirectory != w.RunDirectory));

    /// <summary>None: its points live only as long as the sweep's own process, and a running one holds its run directory's lock.</summary>
    public IReadOnlyDictionary<int, ScheduledTask> Tasks(SweepFolder folder) => new Dictionary<int, ScheduledTask>();

    private static string Describe(int code) => code switch
    {
        0 => "finished",
        SweepPlan.StoppedExitCode => "stopped (checkpoint written)",
        _ => $"failed (exit code {code})",
    };

    private RunningPoint Start(SweepFolder folder, PlannedPoint point, int slot, int threads, IReadOnlyList<int>? pinnedCpus)
    {
        Directory.CreateDirectory(folder.PointsPath);
        var full = command.Full(point.Point, threads);
        var pin = pinnedCpus != null;
        var start = new ProcessStartInfo(pin ? TasksetPath()! : full[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (pin)
        {
            start.ArgumentList.Add("--cpu-list");
            start.ArgumentList.Add(string.Join(",", pinnedCpus!));
            start.ArgumentList.Add(full[0]);
        }
        foreach (var argument in full.Skip(1)) start.ArgumentList.Add(argument);
        // Read by libgomp when it starts, so it must be in the new process's environment: idle OpenMP threads sleep instead
        // of spinning on a core another point needs.
        if (Environment.GetEnvironmentVariable("OMP_WAIT_POLICY") == null) start.Environment["OMP_WAIT_POLICY"] = "PASSIVE";
        return new RunningPoint(point, slot, start, folder.LogPath(point.Point));
    }

    private static RunningPoint WaitForAny(List<RunningPoint> running)
    {
        List<Task> exits;
        lock (running) exits = running.Select(r => r.Exited).ToList();
        var index = Task.WaitAny([.. exits]);
        lock (running) return running[index];
    }

    /// <summary>The CPUs this process may run on (Linux's Cpus_allowed_list), or 0..ProcessorCount-1 where it cannot be read.</summary>
    internal static IReadOnlyList<int> AllowedCpus()
    {
        const string Status = "/proc/self/status";
        var line = File.Exists(Status) ? File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal)) : null;
        if (line == null) return Enumerable.Range(0, Environment.ProcessorCount).ToList();
        return line["Cpus_allowed_list:".Length..].Trim().Split(',', StringSplitOptions.RemoveEmptyEntries).SelectMany(range =>
        {
            var ends = range.Split('-').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
        }).ToList();
    }

    private static string? TasksetPath() =>
        new[] { "/usr/bin/taskset", "/bin/taskset" }.FirstOrDefault(File.Exists);
}
