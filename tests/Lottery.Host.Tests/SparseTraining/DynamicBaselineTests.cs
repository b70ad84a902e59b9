using System.Text.Json.Nodes;
using Lottery.Host.Configuration;
using Lottery.Host.Hosting;
using Lottery.Host.Runs;
using Lottery.Host.Verbs;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Tests.SparseTraining;

/// <summary>set and rigl as transform baselines: trained on the target at the moved ticket's exact density.</summary>
[Collection(GlobalRandomUsersCollection.Name)]
public sealed class DynamicBaselineTests : IDisposable
{
    private readonly string runs = Directory.CreateTempSubdirectory("dynamic-baselines-").FullName;

    public void Dispose() => Directory.Delete(runs, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public void Set_and_rigl_train_on_the_target_at_the_moved_tickets_density_beside_the_ticket()
    {
        // examples/quick-elastic.json with one transfer and the two mask updaters as its only baselines.
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(BuildOutputs.RepositoryRoot, "examples", "quick-elastic.json")))!;
        var transform = config["Lottery"]!["Transform"]!;
        transform["Transfers"] = new JsonArray(transform["Transfers"]![0]!.DeepClone());
        transform["Baselines"] = new JsonArray("set", "rigl");
        transform["ImpOnTarget"] = false;
        var path = Path.Combine(runs, "config.json");
        File.WriteAllText(path, config.ToJsonString());

        using (var host = LotteryHostFactory.Build(LotteryConfiguration.Build(CommandLineArguments.Parse(
            ["run", "--config", path, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={runs}"]), BuildOutputs.HostDirectory)))
        {
            Assert.Equal(0, host.Services.GetServices<IVerb>().Single(v => v.Name == "run").Run(TextWriter.Null, TextWriter.Null, CancellationToken.None));
        }

        var run = Directory.GetDirectories(runs, "quick-elastic-*").Single();
        var rows = RunSummary.Parse(File.ReadAllText(Path.Combine(run, "summary.json"))).Transform!.Results;
        Assert.Equal(["stretch-interpolate", "set", "rigl"], rows.Select(r => r.Method));
        Assert.All(rows, r => Assert.Equal(rows[0].Density, r.Density));
        Assert.All(rows.Skip(1), r => Assert.Equal(StartWeights.Fresh, r.StartWeights));
        Assert.Contains(">rigl</text>", File.ReadAllText(Path.Combine(run, "report.html")));
    }
}
