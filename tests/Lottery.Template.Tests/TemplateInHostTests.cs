namespace Lottery.Template.Tests;

/// <summary>
/// The plugin author's whole round trip: a plugin generated from the template and built against the
/// packages, its output dropped into a plugins folder beside a built-in plugin, and the real host started
/// against that folder.
/// </summary>
[Collection(BuiltPluginCollection.Name)]
public sealed class TemplateInHostTests(BuiltPlugin plugin)
{
    // The host built by the solution build, in this test assembly's configuration.
    private static string HostDirectory => Path.Combine(RepositoryRoot.Path, "host", "Lottery.Host", "bin", RepositoryRoot.BuildConfiguration, "net10.0");

    [Fact]
    [Trait("Category", "Slow")]
    public void The_host_lists_a_generated_plugin_and_runs_an_experiment_that_names_its_pruner()
    {
        using var work = new TemporaryDirectory();
        var plugins = Path.Combine(work.Path, "plugins");
        CopyDirectory(plugin.Output, Path.Combine(plugins, BuiltPlugin.Name));
        // The experiment also needs an architecture and a dataset: the built-in vision plugin provides them.
        CopyDirectory(Path.Combine(HostDirectory, "plugins", "Lottery.Plugins.Vision"), Path.Combine(plugins, "Lottery.Plugins.Vision"));
        var host = Path.Combine(HostDirectory, "Lottery.Host.dll");
        var pluginsOption = $"--Lottery:Plugins:Directory={plugins}";

        var listing = DotnetCli.Run(work.Path, TimeSpan.FromMinutes(2), [host, "plugins", pluginsOption]);
        Assert.Contains("Acme.Pruning", listing);
        Assert.Matches(@"pruner\s+acme-pruning", listing);
        Assert.Contains("Lottery:Strategies:acme-pruning", listing);

        // examples/quick-imp.json: LeNet on Fashion-MNIST, quicker than the demo in appsettings.json.
        var quickImp = Path.Combine(RepositoryRoot.Path, "examples", "quick-imp.json");
        var run = DotnetCli.Run(work.Path, TimeSpan.FromMinutes(5), [host, "run", "--config", quickImp, pluginsOption,
            "--Lottery:Experiment:Pruner=acme-pruning", "--Lottery:Experiment:Levels=1", "--Lottery:Training:Duration=1ep", "--Lottery:Device=cpu",
            $"--Lottery:Runs:Root={Path.Combine(work.Path, "runs")}", "--Lottery:Metrics:Prometheus:Url="]);
        Assert.Contains("with acme-pruning", run);
        Assert.Contains("level 1: density 80.00%", run);
        Assert.Matches(@"\n\s+1\s+80\.00%", run);
    }

    private static void CopyDirectory(string source, string destination)
    {
        Assert.True(Directory.Exists(source), $"{source} is missing: build the solution first (`make test` does)");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
