using Lottery.Bench.Driver;
using Lottery.Torch;
using Xunit.Abstractions;

namespace Lottery.Bench.Tests;

/// <summary>
/// The bench end to end, as `make bench` runs it, with tiny sizes: every workload once in every implementation
/// this machine has (the sweep's 2 points one after another, then through the local executor). No timing is
/// asserted, only that each side measured something and the files were written.
/// </summary>
public sealed class BenchSmokeTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("lottery-bench-");

    // Slow: the first run compiles the C++ worker (minutes); later runs take about a minute (the sweep starts the host 3 times).
    [Fact]
    [Trait("Category", "Slow")]
    public void Tiny_run_measures_every_workload_in_every_available_implementation()
    {
        var implementations = new List<string> { "ours" };
        AddIfAvailable(implementations, "pytorch", BenchBuild.PyTorchUnavailable);
        AddIfAvailable(implementations, "cpp", BenchBuild.CppUnavailable);
        var results = Path.Combine(temp.FullName, "latest.json");
        var readme = Path.Combine(temp.FullName, "README.md");

        var (exitCode, printed) = BenchBuild.RunBench("run", "--mode", "tiny", "--implementations", string.Join(',', implementations),
            "--output", results, "--readme", readme);

        output.WriteLine(printed);
        Assert.True(exitCode == 0, printed);
        var loaded = BenchResults.Load(results);
        var plan = BenchPlan.For(BenchMode.Tiny);
        Assert.Equal(plan.Select(w => w.Name), loaded.Workloads.Select(w => w.Name));
        foreach (var (workload, definition) in loaded.Workloads.Zip(plan))
        {
            Assert.NotNull(workload.Ours);
            if (workload.Unit == Measure.LiveTensorGrowth.Unit()) continue;
            Assert.True(workload.Ours > 0, workload.Name);
            if (definition.Peer != null) Assert.True(workload.Peer is { Value: > 0, Ratio: > 0 } && workload.Peer.Name == definition.Peer.Name, workload.Name);
            if (definition.OursOnly) continue;
            if (implementations.Contains("pytorch")) Assert.True(workload.PyTorch > 0 && workload.RatioVsPyTorch > 0, workload.Name);
            if (implementations.Contains("cpp")) Assert.True(workload.Cpp > 0 && workload.RatioVsCpp > 0, workload.Name);
        }
        // Not a timing: a level that leaves native tensors behind is a leak.
        Assert.Equal(0, loaded.Workloads.Single(w => w.Unit == Measure.LiveTensorGrowth.Unit()).Ours);
        var table = File.ReadAllText(readme);
        Assert.Contains(ReadmeTable.Begin, table);
        Assert.All(loaded.Workloads, w => Assert.Contains($"| {w.Name} |", table));
    }

    [Fact]
    public void Cuda_device_fails_clearly_where_cuda_is_unavailable()
    {
        if (torch.cuda.is_available())
        {
            output.WriteLine("CUDA is available here: nothing to check (the bench runs on it with --device cuda)");
            return;
        }

        var (exitCode, printed) = BenchBuild.RunBench("run", "--mode", "tiny", "--device", "cuda", "--implementations", "ours",
            "--output", Path.Combine(temp.FullName, "latest.json"), "--readme", "none");

        Assert.Equal(2, exitCode);
        Assert.Contains("CUDA is not available", printed);
        Assert.False(File.Exists(Path.Combine(temp.FullName, "latest.json")));
    }

    public void Dispose() => temp.Delete(recursive: true);

    private void AddIfAvailable(List<string> implementations, string name, string? unavailable)
    {
        if (unavailable == null) implementations.Add(name);
        else output.WriteLine($"{name} part skipped: {unavailable}");
    }
}
