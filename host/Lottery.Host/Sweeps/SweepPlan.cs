using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Runs;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Sweeps;

/// <summary>A sweep's points with where each stands, its folder and its settings.</summary>
public sealed record SweepPlan(SweepOptions Options, SweepFolder Folder, IReadOnlyList<PlannedPoint> Points)
{
    public IReadOnlyList<PlannedPoint> In(PointState state) => Points.Where(p => p.State == state).ToList();

    /// <summary>
    /// Expands the study, resolves every point's run directory as `./lottery run` would (a point that cannot run refuses
    /// the whole sweep, naming the point) and reads each point's state, from its run directory and the executor's
    /// scheduler (a task queued there counts as running); writes plan.json.
    /// </summary>
    public static SweepPlan Build(LotteryOptions options, IConfiguration configuration, HostInvocation invocation, IPointIdentity identity, ISweepExecutor? executor = null)
    {
        if (options.Sweep.Name.Length == 0) throw new ConfigurationError("Lottery:Sweep:Name is not set: expected the sweep's name (it names the sweep's folder), in the study file");
        var points = SweepGrid.Expand(configuration);
        if (points.Count == 0) throw new ConfigurationError("Lottery:Sweep has no points: expected a Grid of lists or a list of Points");
        var folder = new SweepFolder(options.Sweep.ResolveFolder(options.Runs));
        var tasks = executor?.Tasks(folder) ?? new Dictionary<int, ScheduledTask>();
        var planned = points.Select(point => Plan(point, Resolve(point, invocation, identity), folder, tasks.GetValueOrDefault(point.Index))).ToList();
        // A point whose number now names another configuration (the study was edited) has no past here: its old exit
        // code and log belong to a run that is not this point's.
        var before = folder.PlannedFingerprints();
        foreach (var point in planned.Where(p => before.TryGetValue(p.Point.Index, out var old) && old != p.Fingerprint)) folder.Forget(point.Point);
        planned = planned.Select(p => p.State == PointState.Failed && before.TryGetValue(p.Point.Index, out var old) && old != p.Fingerprint
            ? p with { State = PointState.ToDo, Error = null } : p).ToList();
        var repeated = planned.GroupBy(p => (p.RunDirectory, p.Fingerprint)).FirstOrDefault(g => g.Count() > 1);
        if (repeated != null)
        {
            throw new ConfigurationError($"Lottery:Sweep: points {string.Join(" and ", repeated.Select(p => p.Point.Name))} are the same run ({repeated.Key.RunDirectory}): expected every point to differ in what it computes");
        }
        folder.WritePlan(options.Sweep.Name, planned);
        return new SweepPlan(options.Sweep, folder, planned);
    }

    /// <summary>
    /// The same points, run directories and fingerprints with each state read again (after the executor ran them): the
    /// points are not resolved again, which costs a host per point.
    /// </summary>
    public SweepPlan Refresh(ISweepExecutor? executor = null)
    {
        var tasks = executor?.Tasks(Folder) ?? new Dictionary<int, ScheduledTask>();
        return this with { Points = Points.Select(p => Plan(p.Point, new PointIdentity(p.RunDirectory, p.Fingerprint), Folder, tasks.GetValueOrDefault(p.Point.Index))).ToList() };
    }

    private static PointIdentity Resolve(SweepPoint point, HostInvocation invocation, IPointIdentity identity)
    {
        try
        {
            return identity.Resolve(invocation.Configuration(point.Overrides));
        }
        catch (ConfigurationError e)
        {
            throw new ConfigurationError($"sweep point {point.Name} ({point.Label}): {e.Message}", e);
        }
    }

    private static PlannedPoint Plan(SweepPoint point, PointIdentity id, SweepFolder folder, ScheduledTask? task)
    {
        if (RunCompletion.IsDone(id.RunDirectory, id.Fingerprint)) return new PlannedPoint(point, id.RunDirectory, id.Fingerprint, PointState.Done, Task: task);
        // A queued task comes before the exit code: a failed point submitted again is running, not failed.
        if ((Directory.Exists(id.RunDirectory) && RunLock.IsHeld(id.RunDirectory)) || task is { Queued: true })
        {
            return new PlannedPoint(point, id.RunDirectory, id.Fingerprint, PointState.Running, Task: task);
        }
        return folder.LastExitCode(point) is { } code and not 0 and not StoppedExitCode
            ? new PlannedPoint(point, id.RunDirectory, id.Fingerprint, PointState.Failed, folder.LastError(point) ?? $"exit code {code}", task)
            : new PlannedPoint(point, id.RunDirectory, id.Fingerprint, PointState.ToDo, Task: task);
    }

    /// <summary>The exit code of a run stopped by a signal after writing its checkpoint: not a failure, it resumes.</summary>
    public const int StoppedExitCode = 130;
}
