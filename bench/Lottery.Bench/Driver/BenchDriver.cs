using System.Globalization;
using System.Text.Json;

namespace Lottery.Bench.Driver;

/// <summary>
/// Runs the plan: one worker per implementation, and for every workload rounds of A B C A B C ... (the same
/// request to each in turn), so slow drift of the machine falls on all three alike; each value is the median
/// of its rounds. Peak memory starts fresh workers each round, as a peak is a whole process's.
/// </summary>
public sealed class BenchDriver(BenchOptions options, TextWriter log)
{
    public BenchResults Run()
    {
        var loadBefore = MachineInfo.LoadAverage();
        var date = DateTime.UtcNow;
        var workers = new Dictionary<Implementation, WorkerProcess>();
        try
        {
            foreach (var implementation in options.Implementations) workers[implementation] = WorkerProcess.Start(implementation, options);
            log.WriteLine($"bench {options.Mode.ToString().ToLowerInvariant()}: {string.Join(", ", workers.Values.Select(Describe))}");
            var results = options.Select(BenchPlan.For(options.Mode)).Select(workload => Measure(workload, workers)).ToList();
            var machine = new MachineInfo(
                MachineInfo.CpuModel(), Environment.ProcessorCount, MachineInfo.MemoryGiBytes(), MachineInfo.OsDescription(),
                MachineInfo.DotnetVersion(), Version(workers[Implementation.Ours]),
                workers.TryGetValue(Implementation.PyTorch, out var pytorch) ? Version(pytorch) : null,
                options.Threads, options.Device.ToString(), options.Mode.ToString().ToLowerInvariant(),
                date.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), loadBefore, MachineInfo.LoadAverage());
            return new BenchResults(machine, results);
        }
        finally
        {
            foreach (var worker in workers.Values) worker.Dispose();
        }
    }

    private WorkloadResult Measure(WorkloadDefinition workload, Dictionary<Implementation, WorkerProcess> workers)
    {
        var sides = Sides(workload, workers);
        var samples = sides.ToDictionary(s => s.Key, _ => new List<double>());
        for (var round = 1; round <= workload.Rounds; round++)
        {
            foreach (var (key, send) in sides) samples[key].Add(workload.Measure.Value(send()));
            log.WriteLine($"{workload.Name} round {round}/{workload.Rounds}: " +
                string.Join("  ", samples.Select(s => $"{s.Key} {Format(s.Value[^1])}")) + $" {workload.Measure.Unit()}");
        }
        double? Median(string key) => samples.TryGetValue(key, out var values) ? Statistics.Median(values) : null;
        var (ours, pytorch, cpp) = (Median(Implementation.Ours.Key()), Median(Implementation.PyTorch.Key()), Median(Implementation.Cpp.Key()));
        var (vsPyTorch, vsCpp) = (workload.Measure.Ratio(ours, pytorch), workload.Measure.Ratio(ours, cpp));
        var peer = workload.Peer is { } p ? new PeerResult(p.Name, p.Request, Median(p.Name), workload.Measure.Ratio(ours, Median(p.Name))) : null;
        return new WorkloadResult(
            workload.Name, workload.Measure.Unit(), workload.Measure.HigherIsBetter(), workload.Request, ours, pytorch, cpp, vsPyTorch, vsCpp,
            workload.Target.Describe(workload.Measure.Unit(), workload.Peer?.Name), workload.Target.IsMet(ours, vsPyTorch, vsCpp, peer?.Ratio),
            samples.ToDictionary(s => s.Key, s => s.Value.ToArray()), peer);
    }

    /// <summary>
    /// What each round runs, in order, by the key of its samples: every implementation's worker (a fresh one for peak
    /// memory), or for a workload with a peer of ours the peer's request then ours, both to our worker.
    /// </summary>
    private List<(string Key, Func<JsonElement> Send)> Sides(WorkloadDefinition workload, Dictionary<Implementation, WorkerProcess> workers)
    {
        var ours = workers[Implementation.Ours];
        if (workload.Peer is { } peer) return [(peer.Name, () => ours.Send(peer.Request)), (Implementation.Ours.Key(), () => ours.Send(workload.Request))];
        var implementations = workload.OursOnly ? [Implementation.Ours] : options.Implementations;
        return implementations.Select(i => (i.Key(), (Func<JsonElement>)(() =>
            workload.FreshWorkers ? SendToFresh(i, workload.Request) : workers[i].Send(workload.Request)))).ToList();
    }

    private JsonElement SendToFresh(Implementation implementation, string request)
    {
        using var worker = WorkerProcess.Start(implementation, options);
        return worker.Send(request);
    }

    private static string Describe(WorkerProcess worker) =>
        $"{worker.Implementation.Key()} (libtorch {Version(worker)}, {worker.Hello.GetProperty("threads").GetInt32()} thread(s), {worker.Hello.GetProperty("device").GetString()})";

    private static string Version(WorkerProcess worker) => worker.Hello.GetProperty("version").GetString() ?? "unknown";

    private static string Format(double value) => value.ToString(value >= 100 ? "0" : "0.###", CultureInfo.InvariantCulture);
}
