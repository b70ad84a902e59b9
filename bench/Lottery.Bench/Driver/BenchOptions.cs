using System.Globalization;
using Lottery.Torch;

namespace Lottery.Bench.Driver;

/// <summary>
/// The driver's settings: `run [--mode quick|full|tiny] [--threads N] [--device cpu|cuda[:N]] [--implementations
/// ours,pytorch,cpp] [--workloads NAME,...] [--python PATH] [--cpp PATH] [--output FILE] [--readme FILE|none]`. Paths default to the
/// repository's (bench/pytorch/worker.py on /usr/bin/python3, bench/cpp/build/lottery_bench_cpp,
/// bench/results/latest.json, bench/README.md).
/// </summary>
public sealed record BenchOptions(
    BenchMode Mode,
    int Threads,
    Device Device,
    IReadOnlyList<Implementation> Implementations,
    string Python,
    string PyTorchWorker,
    string CppWorker,
    string Output,
    string? Readme,
    IReadOnlyList<string>? Workloads = null)
{
    /// <summary>The plan's workloads this run measures: all, or those --workloads names.</summary>
    public IReadOnlyList<WorkloadDefinition> Select(IReadOnlyList<WorkloadDefinition> plan)
    {
        if (Workloads == null) return plan;
        var unknown = Workloads.Where(name => plan.All(w => w.Name != name)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"--workloads: unknown workload(s) {string.Join(", ", unknown)}: expected some of {string.Join(", ", plan.Select(w => w.Name))}");
        return plan.Where(w => Workloads.Contains(w.Name)).ToList();
    }

    public static BenchOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"unexpected argument '{args[i]}': options are --name value pairs");
            }
            values[args[i][2..]] = args[++i];
        }
        string Get(string key, string fallback) => values.Remove(key, out var value) ? value : fallback;
        var bench = Path.Combine(repositoryRoot, "bench");
        var options = new BenchOptions(
            BenchModes.Parse(Get("mode", "quick")),
            ParseThreads(Get("threads", "1")),
            Device.Parse(Get("device", "cpu")),
            Get("implementations", "ours,pytorch,cpp").Split(',').Select(Driver.Implementations.Parse).Distinct().Order().ToList(),
            Get("python", "/usr/bin/python3"),
            Path.Combine(bench, "pytorch", "worker.py"),
            Get("cpp", Path.Combine(bench, "cpp", "build", "lottery_bench_cpp")),
            Get("output", Path.Combine(bench, "results", "latest.json")),
            Get("readme", Path.Combine(bench, "README.md")) is var readme && readme == "none" ? null : readme,
            values.ContainsKey("workloads") ? Get("workloads", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null);
        if (values.Count > 0) throw new ArgumentException($"unknown option(s): {string.Join(", ", values.Keys.Select(k => "--" + k))}");
        if (!options.Implementations.Contains(Implementation.Ours)) throw new ArgumentException("--implementations must include ours");
        return options;
    }

    private static int ParseThreads(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) && threads > 0
            ? threads
            : throw new ArgumentException($"--threads '{text}' is invalid: expected a positive integer");
}
