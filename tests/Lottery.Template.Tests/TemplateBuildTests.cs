namespace Lottery.Template.Tests;

/// <summary>The template end to end: generate a plugin outside the checkout, build it, run its tests.</summary>
public sealed class TemplateBuildTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Generated_plugin_builds_passes_its_tests_and_leaves_the_host_assemblies_out()
    {
        using var work = new TemporaryDirectory();

        var solution = TemplatePlugin.Create("Acme.Pruning", work.Path);
        var output = TemplatePlugin.Build(solution);
        var testRun = TemplatePlugin.Test(solution);

        Assert.Contains("Passed!", testRun);
        var files = Directory.GetFiles(output).Select(Path.GetFileName).ToList();
        var listing = string.Join(", ", files);
        Assert.True(files.Contains("Acme.Pruning.dll") && files.Contains("Acme.Pruning.deps.json"),
            $"{output} lacks the plugin or its .deps.json: {listing}");
        // The host provides these; a plugin's own copy would load types that do not unify with the host's.
        foreach (var shared in new[] { "Lottery.Contracts.dll", "Lottery.Torch.dll", "liblottery_torch_native.so", "Microsoft.Extensions.DependencyInjection.Abstractions.dll" })
        {
            Assert.False(files.Contains(shared), $"{output} holds {shared}, which the host provides: {listing}");
        }
        var entryPoint = File.ReadAllText(Path.Combine(solution, "Acme.Pruning", "AcmePruningPlugin.cs"));
        Assert.Contains("AddPruner<AcmePruningPruner, AcmePruningOptions>(", entryPoint);
        Assert.Contains("\"acme-pruning\"", entryPoint);
    }
}
