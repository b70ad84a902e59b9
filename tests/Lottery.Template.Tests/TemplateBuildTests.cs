using System.Text.Json;

namespace Lottery.Template.Tests;

/// <summary>The template end to end: a plugin generated outside the checkout, built against the packed packages, its tests run.</summary>
[Collection(BuiltPluginCollection.Name)]
public sealed class TemplateBuildTests(BuiltPlugin plugin)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Generated_plugin_passes_its_tests_and_leaves_the_host_assemblies_out()
    {
        // The tests run tensors: the torch package's native library reached their output.
        var testRun = plugin.Test();

        Assert.Contains("Passed!", testRun);
        var files = Directory.GetFiles(plugin.Output).Select(Path.GetFileName).ToList();
        var listing = string.Join(", ", files);
        Assert.True(files.Contains("Acme.Pruning.dll") && files.Contains("Acme.Pruning.deps.json"),
            $"{plugin.Output} lacks the plugin or its .deps.json: {listing}");
        Assert.False(Directory.Exists(Path.Combine(plugin.Output, "runtimes")), $"{plugin.Output} holds native libraries, which the host provides");
        // The host provides these; a plugin's own copy would load types that do not unify with the host's.
        foreach (var shared in new[] { "Lottery.Contracts.dll", "Lottery.Torch.dll", "liblottery_torch_native.so", "Microsoft.Extensions.DependencyInjection.Abstractions.dll" })
        {
            Assert.False(files.Contains(shared), $"{plugin.Output} holds {shared}, which the host provides: {listing}");
        }
        var entryPoint = File.ReadAllText(Path.Combine(plugin.Solution, "Acme.Pruning", "AcmePruningPlugin.cs"));
        Assert.Contains("AddPruner<AcmePruningPruner, AcmePruningOptions>(", entryPoint);
        Assert.Contains("\"acme-pruning\"", entryPoint);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Generated_plugin_restores_the_packed_packages_the_torch_one_with_its_native_library()
    {
        // What restore resolved for the plugin project: packages (not projects of a checkout) of the packed versions.
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(plugin.Solution, "Acme.Pruning", "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries");
        foreach (var id in LotteryPackages.Projects.Keys)
        {
            var key = $"{id}/{LotteryPackages.Version(id)}";
            Assert.True(libraries.TryGetProperty(key, out var library), $"the plugin's restore has no {key}");
            Assert.Equal("package", library.GetProperty("type").GetString());
            Assert.True(File.Exists(Path.Combine(plugin.Packages, $"{id}.{LotteryPackages.Version(id)}.nupkg")), $"{key} was not packed into {plugin.Packages}");
        }
        var torchFiles = libraries.GetProperty($"Lottery.Torch/{LotteryPackages.Version("Lottery.Torch")}").GetProperty("files")
            .EnumerateArray().Select(file => file.GetString()).ToList();
        Assert.Contains("runtimes/linux-x64/native/liblottery_torch_native.so", torchFiles);
    }
}
