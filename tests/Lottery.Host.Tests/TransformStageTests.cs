using Lottery.Host.Cli;
using Lottery.Host.Configuration;
using Lottery.Host.Hosting;
using Lottery.Host.Reports;
using Lottery.Host.Verbs;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Tests;

/// <summary>The elastic lottery ticket stage on the real Fashion-MNIST through the real host and built-in plugins.</summary>
public sealed class TransformStageTests : IDisposable
{
    private static readonly string[] Methods = ["random", "random-global", "oneshot-magnitude", "snip", "grasp", "synflow", "reinit", "imp"];

    private readonly string runs = Directory.CreateTempSubdirectory("transform-tests-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    /// <summary>`run` on examples/quick-elastic.json, as the command line runs it; returns what it printed.</summary>
    private string Run()
    {
        var arguments = CommandLineArguments.Parse(["run", "--config", Path.Combine(BuildOutputs.RepositoryRoot, "examples", "quick-elastic.json"),
            $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}"]);
        using var host = LotteryHostFactory.Build(LotteryConfiguration.Build(arguments, BuildOutputs.HostDirectory));
        using var output = new StringWriter();
        Assert.Equal(0, host.Services.GetServices<IVerb>().Single(v => v.Name == "run").Run(output));
        return output.ToString();
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_quick_elastic_config_reports_every_method_of_both_transfers_and_resumes_without_training()
    {
        var printed = Run();

        var experimentRun = Directory.GetDirectories(runs, "quick-elastic-*").Single(d => File.Exists(Path.Combine(d, "summary.json")) && Directory.Exists(Path.Combine(d, "transform")));
        var summary = RunSummary.Parse(File.ReadAllText(Path.Combine(experimentRun, "summary.json")));
        var results = summary.Transform!.Results;
        foreach (var (target, transformer) in new[] { ("cifar-resnet-20-8", "stretch-interpolate"), ("cifar-resnet-8-8", "squeeze-last") })
        {
            var rows = results.Where(r => r.Target == target).ToList();
            Assert.All(rows, r => Assert.Equal(("cifar-resnet-14-8", 1), (r.Source, r.SourceLevel)));
            Assert.Equal([transformer, .. Methods], rows.Select(r => r.Method));
            // Every method trains at the moved ticket's density, computed from its mask; IMP on the target at its level's.
            var ticket = rows[0].Density;
            Assert.All(rows.Where(r => r.Method != "imp"), r => Assert.Equal(ticket, r.Density));
            Assert.Equal(0.4, rows.Single(r => r.Method == "imp").Density, 3);
            Assert.NotEqual(0.4, ticket, 3);
            Assert.All(rows, r => Assert.InRange(r.TestAccuracy, 0.0, 1.0));
            // The ticket learns in its two epochs (about 70% on 2,700 training images).
            Assert.True(rows[0].TestAccuracy > 0.5, $"{transformer}: test accuracy {rows[0].TestAccuracy:P2}");
        }
        // Stretching to ResNet-20 replicates blocks (the density moves down from the 40% of the source); squeezing drops them.
        Assert.True(results.First(r => r.Target == "cifar-resnet-20-8").Density < 0.4);
        Assert.True(results.First(r => r.Target == "cifar-resnet-8-8").Density > 0.4);

        var html = File.ReadAllText(Path.Combine(experimentRun, "report.html"));
        Assert.Contains("<h2>Transfer cifar-resnet-14-8 -&gt; cifar-resnet-20-8</h2><svg", html);
        Assert.Contains(">synflow</text>", html);
        Assert.Equal(19, File.ReadAllLines(Path.Combine(experimentRun, "transform.csv")).Length);
        Assert.Matches(@"cifar-resnet-14-8 -> cifar-resnet-8-8 +1  squeeze-last +\d+\.\d\d%", printed);

        // Everything is complete: a second run trains nothing and reports the same.
        var again = Run();
        Assert.DoesNotContain("epoch", again);
        Assert.Contains("source level 1: grasp (complete, skipped)", again);
        Assert.Equal(results, RunSummary.Parse(File.ReadAllText(Path.Combine(experimentRun, "summary.json"))).Transform!.Results);
    }
}
