using System.Diagnostics;
using System.Text.Json;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// Our side of the worker protocol (bench/README.md): a hello line, then one JSON line per request line read
/// from stdin. A timed workload is set up and warmed up when its setup differs from the previous request's,
/// then timed over "runs" runs; so the driver interleaves implementations without paying the setup each round.
/// </summary>
public sealed class WorkerLoop(int threads, Device device, TextReader input, TextWriter output)
{
    private static readonly string[] RunCounts = ["runs", "warmup"];

    private static readonly Dictionary<string, Func<Request, Device, ITimedWorkload>> Timed = new()
    {
        ["train"] = (request, device) => new TrainWorkload(request, device),
        ["eval"] = (request, device) => new EvalWorkload(request, device),
        ["prune"] = (request, device) => new PruneWorkload(request, device),
        ["pools"] = (request, device) => new PoolsWorkload(request, device),
    };

    private static readonly Dictionary<string, Func<Request, Device, object>> OneShot = new()
    {
        ["memory"] = MemoryWorkload.Run,
        ["imp"] = LiveTensorsWorkload.Run,
        ["sweep"] = SweepWorkload.Run,
    };

    private string? cachedKey;
    private ITimedWorkload? cached;

    /// <summary>Serves requests until stdin closes; 2 when the device is not available (the hello says why).</summary>
    public int Serve()
    {
        set_num_threads(threads);
        if (device.type == DeviceType.CUDA && !cuda.is_available())
        {
            Reply(new { error = $"--device {device}: CUDA is not available to this libtorch ({version}: built without CUDA, or no GPU)" });
            return 2;
        }
        Reply(new { implementation = "ours", version, threads = get_num_threads(), device = device.ToString() });
        try
        {
            while (input.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                Reply(Answer(line));
            }
        }
        finally
        {
            cached?.Dispose();
        }
        return 0;
    }

    private object Answer(string line)
    {
        try
        {
            var request = Request.Parse(line);
            manual_seed(0);
            if (OneShot.TryGetValue(request.Kind, out var oneShot))
            {
                Drop();
                return oneShot(request, device);
            }
            if (!Timed.TryGetValue(request.Kind, out var create)) return new { error = $"unknown workload '{request.Kind}'" };
            var key = request.SetupKey(RunCounts);
            if (key != cachedKey)
            {
                Drop();
                cached = create(request, device);
                cachedKey = key;
                for (var i = 0; i < request.Integer("warmup"); i++) cached.Run();
            }
            var runs = request.Integer("runs");
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++) cached!.Run();
            return new { seconds = stopwatch.Elapsed.TotalSeconds, items = runs * cached!.ItemsPerRun };
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The driver reports it with the workload's name; the worker stays up for the next request.
            return new { error = $"{error.GetType().Name}: {error.Message}" };
        }
    }

    private void Drop()
    {
        cached?.Dispose();
        (cached, cachedKey) = (null, null);
    }

    private void Reply(object message)
    {
        output.WriteLine(JsonSerializer.Serialize(message));
        output.Flush();
    }
}
