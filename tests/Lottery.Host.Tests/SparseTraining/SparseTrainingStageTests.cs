using Lottery.Host.Configuration;
using Lottery.Host.Hosting;
using Lottery.Host.Runs;
using Lottery.Host.Verbs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lottery.Host.Tests.SparseTraining;

/// <summary>The sparse-training stage on the real Fashion-MNIST through the real host and the built-in plugins.</summary>
[Collection(GlobalRandomUsersCollection.Name)]
public sealed class SparseTrainingStageTests : IDisposable
{
    private readonly string runs = Directory.CreateTempSubdirectory("sparse-training-tests-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    private static string QuickDst => Path.Combine(BuildOutputs.RepositoryRoot, "examples", "quick-dst.json");

    private string Run(params string[] overrides)
    {
        using var host = LotteryHostFactory.Build(LotteryConfiguration.Build(CommandLineArguments.Parse(
            ["run", "--config", QuickDst, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}", .. overrides]), BuildOutputs.HostDirectory));
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, host.Services.GetServices<IVerb>().Single(v => v.Name == "run").Run(output, error, CancellationToken.None));
        return output.ToString();
    }

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("lenet", "300-100")]
    [InlineData("cifar-resnet", "8-8")]
    public void The_quick_dst_config_reports_set_and_rigl_at_each_imp_levels_density_beside_imp(string architecture, string variant)
    {
        Run($"--Lottery:Experiment:Architecture={architecture}", $"--Lottery:Experiment:Variant={variant}");

        var run = Directory.GetDirectories(runs, "quick-dst-*").Single();
        var summary = RunSummary.Parse(File.ReadAllText(Path.Combine(run, "summary.json")));
        foreach (var method in new[] { "set", "rigl" })
        {
            var rows = summary.SparseTraining!.Methods.Single(m => m.Method == method).Levels;
            Assert.Equal([1, 2, 3], rows.Select(r => r.Level));
            // Exactly each IMP level's density: the same count of live weights over the same tensors.
            Assert.Equal(summary.Imp.Levels.Skip(1).Select(l => l.Density), rows.Select(r => r.Density));
            Assert.All(rows, r => Assert.True(r.TestAccuracy > 0.3, $"{method} at level {r.Level}: {r.TestAccuracy:P2}"));
        }
        var csv = File.ReadAllLines(Path.Combine(run, "results.csv"));
        Assert.Equal(3, csv.Count(line => line.StartsWith("set,", StringComparison.Ordinal)));
        Assert.Equal(3, csv.Count(line => line.StartsWith("rigl,", StringComparison.Ordinal)));
        Assert.Contains(">rigl</text>", File.ReadAllText(Path.Combine(run, "report.html")));
    }
}
