using System.Diagnostics;
using System.Globalization;
using Lottery.Bench.Driver;
using Lottery.Host.Configuration;
using Lottery.Torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// "sweep mode=serial|local points=P [Key:Path=value ...]" (ours only): P points of examples/quick-sweep.json (seeds 0 to
/// P-1), with any parameter whose name holds a ':' as a Lottery override (e.g. Strategies:fashion-mnist:TrainSubset=4000),
/// in a fresh temporary runs root with metrics off. `serial` runs them one after another, P `dotnet Lottery.Host.dll run`
/// at 1 thread; `local` runs them through one `dotnet Lottery.Host.dll sweep` with the local executor, Parallel the cores,
/// 1 thread each. The reply is the wall time of it all: {"seconds", "items": 1}.
/// </summary>
public static class SweepWorkload
{
    public const string Serial = "serial";

    public const string Local = "local";

    public static object Run(Request request, Device device)
    {
        var host = HostDirectory();
        var runs = Directory.CreateTempSubdirectory("lottery-bench-sweep-");
        try
        {
            var commands = Commands(request, device, RepositoryRoot.Find(), runs.FullName, Environment.ProcessorCount);
            var program = new HostInvocation(CommandLineArguments.Parse([]), host).HostCommand();
            var stopwatch = Stopwatch.StartNew();
            foreach (var arguments in commands) RunHost(program, arguments);
            return new { seconds = stopwatch.Elapsed.TotalSeconds, items = 1 };
        }
        finally
        {
            runs.Delete(recursive: true);
        }
    }

    /// <summary>The host's argument lists, in the order they run: one per point (serial) or the one sweep (local).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Commands(Request request, Device device, string repositoryRoot, string runsRoot, int cores)
    {
        var points = (int)request.Integer("points");
        if (points < 2) throw new FormatException($"sweep: points={points}: expected 2 or more (examples/quick-sweep.json's grid has 2 seeds)");
        List<string> common =
        [
            "--config", Path.Combine(repositoryRoot, "examples", "quick-sweep.json"),
            $"--Lottery:Runs:Root={runsRoot}", "--Lottery:Metrics:Prometheus:Url=", $"--Lottery:Device={device}", "--Lottery:Threads=1",
            .. request.Parameters.Where(p => p.Key.Contains(':', StringComparison.Ordinal)).Select(p => $"--Lottery:{p.Key}={p.Value}"),
        ];
        var seeds = Enumerable.Range(0, points);
        return request.Text("mode") switch
        {
            Serial => seeds.Select(seed => (IReadOnlyList<string>)["run", .. common, Invariant($"--Lottery:Training:Seed={seed}")]).ToList(),
            Local =>
            [
                [
                    "sweep", .. common, "--Lottery:Sweep:Executor=local", Invariant($"--Lottery:Sweep:Parallel={cores}"),
                    .. seeds.Select(seed => Invariant($"--Lottery:Sweep:Grid:Training:Seed:{seed}={seed}")),
                ],
            ],
            var mode => throw new FormatException($"sweep: mode={mode}: expected {Serial} or {Local}"),
        };
    }

    /// <summary>The built host next to this program's build: host/Lottery.Host/bin/&lt;Configuration&gt;/&lt;TargetFramework&gt;/.</summary>
    private static string HostDirectory()
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var host = Path.Combine(RepositoryRoot.Find(), "host", "Lottery.Host", "bin", output.Parent!.Name, output.Name);
        return File.Exists(Path.Combine(host, "Lottery.Host.dll"))
            ? host
            : throw new BenchException($"sweep: {host}/Lottery.Host.dll does not exist: build the solution (make build)");
    }

    private static void RunHost(IReadOnlyList<string> program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in program.Skip(1).Concat(arguments)) start.ArgumentList.Add(argument);
        // One thread everywhere: the points' own threads are set by Lottery:Threads, OpenBLAS's by the environment.
        ThreadEnvironment.Apply(start.Environment, 1);
        using var process = Process.Start(start) ?? throw new BenchException($"sweep: cannot start {program[0]}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var tail = string.Join('\n', (output.Result + error.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(5));
            throw new BenchException($"sweep: `{arguments[0]}` exited with code {process.ExitCode}: {tail}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
