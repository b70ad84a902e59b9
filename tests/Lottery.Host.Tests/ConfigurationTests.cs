using Lottery.Host.Cli;
using Lottery.Host.Configuration;
using Lottery.Host.Options;

namespace Lottery.Host.Tests;

/// <summary>Configuration precedence (appsettings.json &lt; --config &lt; environment &lt; command line) and validation messages.</summary>
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

    [Theory]
    [InlineData("--Lottery:Training:Duration=0", "Lottery:Training:Duration = '0' is invalid: expected a duration such as 160ep, 1000it or 2ep100it")]
    [InlineData("--Lottery:Experiment:RewindStep=early", "Lottery:Experiment:RewindStep = 'early' is invalid: expected a duration")]
    [InlineData("--Lottery:Training:Schedule=exponential", "Lottery:Training:Schedule = 'exponential' is invalid: expected one of constant, multistep, cosine")]
    [InlineData("--Lottery:Training:BatchSize=-5", "Lottery:Training:BatchSize = -5 is invalid: expected a positive integer")]
    [InlineData("--Lottery:Experiment:PruneFraction=1.5", "Lottery:Experiment:PruneFraction = 1.5 is invalid: expected a fraction strictly between 0 and 1")]
    [InlineData("--Lottery:Experiment:Levels=-1", "Lottery:Experiment:Levels = -1 is invalid")]
    [InlineData("--Lottery:Training:Optimizer=rmsprop", "Lottery:Training:Optimizer = 'rmsprop' is invalid: expected one of sgd, adam, adamw")]
    [InlineData("--Lottery:Device=tpu", "Lottery:Device = 'tpu' is invalid: expected auto, cpu, cuda or cuda:N")]
    [InlineData("--Lottery:Experiment:Name=../escape", "Lottery:Experiment:Name = '../escape' is invalid")]
    [InlineData("--Lottery:Training:BatchSize=many", "Lottery:Training:BatchSize = 'many' is invalid: expected a whole number")]
    [InlineData("--Lottery:Training:Epochs=3", "Lottery:Training:Epochs is not a known key: Lottery:Training has Duration, BatchSize")]
    [InlineData("--Lottery:Trainng:Duration=3ep", "unknown configuration key Lottery:Trainng")]
    [InlineData("--Lottery:Transform:Transfers:0:Transformer=stretch-append", "Lottery:Transform:Transfers:0:TargetVariant = (empty) is invalid: expected the target variant")]
    [InlineData("--Lottery:Transform:Transfers:0:TargetVariant=20", "Lottery:Transform:Transfers:0:Transformer = (empty) is invalid: expected a ticket-transformer strategy name")]
    [InlineData("--Lottery:Transform:Transfers:0:Target=20", "Lottery:Transform:Transfers:0:Target is not a known key: Lottery:Transform:Transfers:0 has Source, TargetVariant, Transformer")]
    [InlineData("--Lottery:Transform:SourceLevels:0=0", "Lottery:Transform:SourceLevels = [0] is invalid: expected IMP levels of 1 or more")]
    [InlineData("--Lottery:Transform:Baselines:0=snip", "Lottery:Transform:Baselines = ['snip', 'Snip'] is invalid: 'snip' is listed twice", "--Lottery:Transform:Baselines:1=Snip")]
    public void Invalid_values_name_the_key_the_value_and_what_is_allowed(string argument, string expected, string? another = null)
    {
        var error = Assert.Throws<ConfigurationError>(() => Load(another == null ? ["run", argument] : ["run", argument, another]));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_config_file_that_is_not_json_names_the_file_line_and_column()
    {
        var broken = Json("broken.json", "{\n  \"Lottery\": {\n    \"Training\": { \"Duration\": \"3ep\" ]\n  }\n}\n");
        var error = Assert.Throws<ConfigurationError>(() => Load("run", "--config", broken));
        Assert.Contains(broken, error.Message);
        Assert.Contains("line 3, column", error.Message);
        var missing = Path.Combine(directory, "absent.json");
        Assert.Contains(missing, Assert.Throws<ConfigurationError>(() => Load("run", "--config", missing)).Message);
    }

    [Fact]
    public void The_command_line_takes_a_verb_config_files_and_overrides_only()
    {
        var parsed = CommandLineArguments.Parse(["plugins", "--config", "a.json", "--config=b.json", "--Lottery:Device=cpu"]);
        Assert.Equal("plugins", parsed.Verb);
        Assert.Equal(new[] { "a.json", "b.json" }, parsed.ConfigFiles);
        Assert.Equal(new[] { "--Lottery:Device=cpu" }, parsed.Overrides);
        Assert.Equal("run", CommandLineArguments.Parse([]).Verb);
        Assert.Contains("unknown argument '--epochs'", Assert.Throws<ConfigurationError>(() => CommandLineArguments.Parse(["run", "--epochs", "3"])).Message);
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
}
