using Lottery.Bench.Driver;

namespace Lottery.Bench.Tests;

public sealed class ReadmeTableTests
{
    private static readonly BenchResults Results = new(
        new MachineInfo("CPU", 2, 8, "Linux", ".NET 10", "1.13.0", "1.13.0a0", 1, "cpu", "quick", "2025-01-01 00:00 UTC", "1 1 1", "1 1 1"),
        [
            new WorkloadResult("train-resnet-20", "images/s", true, "train model=resnet20", 200, 100, 250, 2, 0.8,
                "vs PyTorch >= 1.10", false, new Dictionary<string, double[]>()),
        ]);

    [Fact]
    public void Splice_replaces_only_the_generated_section()
    {
        var readme = $"# Benchmarks\n\nintro\n\n{ReadmeTable.Begin}\nold table\n{ReadmeTable.End}\n\n## Notes\nkept\n";

        var spliced = ReadmeTable.Splice(readme, Results);

        Assert.StartsWith("# Benchmarks\n\nintro\n\n" + ReadmeTable.Begin, spliced);
        Assert.EndsWith(ReadmeTable.End + "\n\n## Notes\nkept\n", spliced);
        Assert.DoesNotContain("old table", spliced);
        Assert.Contains("| train-resnet-20 | images/s (higher is better) | 200 | 100 | 250 | 2.00x | 0.80x | vs PyTorch >= 1.10 | **no** |", spliced);
        Assert.Contains("2025-01-01 00:00 UTC", spliced);
    }

    [Fact]
    public void A_workload_with_a_peer_of_ours_gets_a_table_of_its_own()
    {
        var sweep = new WorkloadResult("sweep-throughput", "s", false, "sweep mode=local points=4", 42, null, null, null, null,
            "vs serial >= 1.70", true, new Dictionary<string, double[]>(), new PeerResult("serial", "sweep mode=serial points=4", 80, 80.0 / 42));

        var table = ReadmeTable.Render(Results with { Workloads = [.. Results.Workloads, sweep] });

        Assert.Contains("| train-resnet-20 |", table);
        Assert.Contains("| sweep-throughput | s (lower is better) | 42 | serial | 80 | 1.90x | vs serial >= 1.70 | yes |", table);
        Assert.True(table.IndexOf("| sweep-throughput |", StringComparison.Ordinal) > table.IndexOf("| peer |", StringComparison.Ordinal));
        Assert.DoesNotContain("| peer |", ReadmeTable.Render(Results));
    }

    [Fact]
    public void Splice_appends_the_section_to_a_readme_without_one()
    {
        var spliced = ReadmeTable.Splice("# Benchmarks\n", Results);

        Assert.StartsWith("# Benchmarks\n\n" + ReadmeTable.Begin, spliced);
        Assert.EndsWith(ReadmeTable.End + "\n", spliced);
    }
}
