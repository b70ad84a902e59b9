using System.Text.Json.Nodes;
using Lottery.Host.Configuration;
using Lottery.Host.Options;

namespace Lottery.Host.Tests;

/// <summary>Configuration precedence (appsettings.json &lt; --config &lt; environment &lt; command line), defaults and the command line's form.</summary>
[Collection(ProcessEnvironment.Collection)]
public sealed class ConfigurationTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("config-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Json(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private LotteryOptions Load(params string[] args) =>
        LotteryOptions.Load(LotteryConfiguration.Build(CommandLineArguments.Parse(args), directory));

    [Fact]
    public void Later_sources_override_earlier_ones()
    {
        Json("appsettings.json", """{ "Lottery": { "Training": { "Duration": "3ep", "BatchSize": 64, "Seed": 1, "LearningRate": 0.5 } } }""");
        var extra = Json("extra.json", """{ "Lottery": { "Training": { "BatchSize": 32, "Seed": 2, "LearningRate": 0.25 } } }""");
        var later = Json("later.json", """{ "Lottery": { "Training": { "LearningRate": 0.125 } } }""");
        // Environment variables are process-wide: this test owns Lottery__Training__Seed while it runs.
        Environment.SetEnvironmentVariable("Lottery__Training__Seed", "3");
        try
        {
            var fileOnly = Load("run");
            Assert.Equal(("3ep", 64, 3L, 0.5), (fileOnly.Training.Duration, fileOnly.Training.BatchSize, fileOnly.Training.Seed, fileOnly.Training.LearningRate));
            var layered = Load("run", "--config", extra, "--config", later);
            Assert.Equal(("3ep", 32, 3L, 0.125), (layered.Training.Duration, layered.Training.BatchSize, layered.Training.Seed, layered.Training.LearningRate));
            var commandLine = Load("run", "--config", extra, "--Lottery:Training:Seed=4", "--Lottery:Training:Duration", "500it");
            Assert.Equal(("500it", 4L), (commandLine.Training.Duration, commandLine.Training.Seed));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Lottery__Training__Seed", null);
        }
    }

    [Fact]
    public void Defaults_apply_where_nothing_is_configured()
    {
        var options = Load("run");
        Assert.Equal("2ep", options.Training.Duration);
        Assert.Equal("magnitude", options.Experiment.Pruner);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "plugins"), options.Plugins.ResolveDirectory());
    }

    [Fact]
    public void The_command_line_takes_a_verb_config_files_and_overrides_only()
    {
        var parsed = CommandLineArguments.Parse(["plugins", "--config", "a.json", "--config=b.json", "--Lottery:Device=cpu"]);
        Assert.Equal("plugins", parsed.Verb);
        Assert.Equal(new[] { "a.json", "b.json" }, parsed.ConfigFiles);
        Assert.Equal(new[] { "--Lottery:Device=cpu" }, parsed.Overrides);
        Assert.Equal("run", CommandLineArguments.Parse([]).Verb);
    }

    public static TheoryData<string> ExampleFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(BuildOutputs.RepositoryRoot, "examples"), "*.json").Order()) files.Add(Path.GetFileName(file));
        return files;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_example_configuration_is_valid(string file)
    {
        var options = Load("run", "--config", Path.Combine(BuildOutputs.RepositoryRoot, "examples", file));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), options.Experiment.Name);
    }

    [Theory]
    [InlineData("resnet18-cifar100.json")]
    [InlineData("vgg16-cifar100.json")]
    public void The_lottery_pools_examples_train_the_papers_19_networks_from_100_down_to_1_80_percent(string file)
    {
        var options = Load("run", "--config", Path.Combine(BuildOutputs.RepositoryRoot, "examples", file));
        // Levels 0..18: main_imp.py's 19 pruning states, the last at 0.8^18.
        Assert.Equal(18, options.Experiment.Levels);
        Assert.Equal(0.0180, Math.Pow(1 - options.Experiment.PruneFraction, options.Experiment.Levels), 4);
    }

    [Theory]
    [InlineData("lenet-mnist.json")]
    [InlineData("resnet20-cifar10.json")]
    [InlineData("resnet56-cifar10.json")]
    [InlineData("vgg16-cifar10.json")]
    [InlineData("elastic-resnet20-cifar10.json")]
    [InlineData("elastic-resnet32-cifar10.json")]
    public void The_open_lth_examples_train_on_the_whole_training_set(string file)
    {
        var path = Path.Combine(BuildOutputs.RepositoryRoot, "examples", file);
        var options = Load("run", "--config", path);
        // open_lth's datasets/mnist.py and cifar10.py have no validation split: every training image trains.
        var dataset = JsonNode.Parse(File.ReadAllText(path))!["Lottery"]!["Strategies"]![options.Experiment.Dataset]!;
        Assert.Equal(0, dataset["ValidationSize"]!.GetValue<int>());
        Assert.Empty(options.Pools.Methods);
    }
}
