using Lottery.Bench.Driver;
using Lottery.Bench.Worker;
using Lottery.Torch;

// `run [options]` measures every workload in every implementation and writes the results and the README
// table; `readme` regenerates the table from the results file alone; `worker` is our side of the protocol.
try
{
    var verb = args.Length == 0 ? "run" : args[0];
    var rest = args.Skip(1).ToList();
    switch (verb)
    {
        case "run":
        {
            var options = BenchOptions.Parse(rest, RepositoryRoot.Find());
            var results = new BenchDriver(options, Console.Out).Run();
            results.Save(options.Output);
            Console.WriteLine($"wrote {options.Output}");
            WriteReadme(options.Readme, results);
            return 0;
        }
        case "readme":
        {
            var options = BenchOptions.Parse(rest, RepositoryRoot.Find());
            WriteReadme(options.Readme, BenchResults.Load(options.Output));
            return 0;
        }
        case "worker":
        {
            var threads = rest.Count >= 2 && rest[0] == "--threads" ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
            var device = rest.IndexOf("--device") is var at && at >= 0 && at + 1 < rest.Count ? Device.Parse(rest[at + 1]) : Device.CPU;
            return new WorkerLoop(threads, device, Console.In, Console.Out).Serve();
        }
        default:
            Console.Error.WriteLine($"unknown verb '{verb}': expected run, readme or worker");
            return 2;
    }
}
catch (BenchException error)
{
    Console.Error.WriteLine($"bench: {error.Message}");
    return error.ExitCode;
}
catch (ArgumentException error)
{
    Console.Error.WriteLine($"bench: {error.Message}");
    return 2;
}

static void WriteReadme(string? path, BenchResults results)
{
    if (path == null) return;
    File.WriteAllText(path, ReadmeTable.Splice(File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n", results));
    Console.WriteLine($"updated {path}");
}
