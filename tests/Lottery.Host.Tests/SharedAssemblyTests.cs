using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Lottery.Contracts.Plugins;
using Lottery.Contracts.Pruning;
using Lottery.Host.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lottery.Host.Tests;

/// <summary>
/// A plugin built on older shared assemblies than the host's still gets the host's: asked for its version,
/// its load context hands out the host's contracts and abstractions, so their types unify. One built on a
/// newer shared assembly than the host's is refused, since it would not get the host's.
/// </summary>
[Collection(GlobalRandomUsersCollection.Name)]
public sealed class SharedAssemblyTests : IDisposable
{
    private readonly PluginsFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void PluginBuiltOnOlderAbstractionsGetsItsServiceInjected()
    {
        folder.Add("OlderAbstractions.Plugin");
        // The fixture is what it claims: the plugin asks for the 8.0 abstractions and ships them, with its
        // own copy of the contracts, beside it.
        var plugin = folder.PathOf("OlderAbstractions.Plugin");
        var abstractions = ReferenceTo(plugin, typeof(IServiceCollection).Assembly.GetName().Name!);
        Assert.Equal(8, abstractions.Version!.Major);
        Assert.Equal(8, AssemblyName.GetAssemblyName(Beside(plugin, abstractions.Name + ".dll")).Version!.Major);
        Assert.True(File.Exists(Beside(plugin, "Lottery.Contracts.dll")));

        using var host = TestHost.Build(folder);
        var catalog = host.Services.GetRequiredService<PluginCatalog>();
        Assert.Empty(catalog.Failures);
        // Asked for 8.0, and for the contracts it ships, the plugin's load context hands out the host's.
        var context = AssemblyLoadContext.GetLoadContext(catalog.Find(StrategyKind.Pruner, "test-positive")!.ImplementationType.Assembly)!;
        Assert.Same(typeof(IServiceCollection).Assembly, context.LoadFromAssemblyName(abstractions));
        Assert.Same(typeof(IPruner).Assembly, context.LoadFromAssemblyName(ReferenceTo(plugin, "Lottery.Contracts")));
        var pruner = host.Services.GetRequiredService<StrategyFactory>().Create<IPruner>("test-positive", "Lottery:Experiment:Pruner");
        using var model = new TinyModel(new float[,] { { 1f, -1f }, { -2f, 3f } });

        using var mask = pruner.Prune(model.Context(targetDensity: 0.5));

        Assert.Equal([true, false, false, true], TinyModel.Kept(mask));
    }

    [Fact]
    public void The_host_shares_the_contracts_the_binding_and_the_extensions_abstractions()
    {
        Assert.Equal([typeof(IPruner).Assembly, typeof(Tensor).Assembly], SharedAssemblies.Types.Select(t => t.Assembly));
        var abstractions = SharedAssemblies.Abstractions.Select(n => n.Name).ToList();
        foreach (var type in new[] { typeof(IServiceCollection), typeof(ILogger), typeof(IConfiguration), typeof(IHostEnvironment) })
        {
            Assert.Contains(type.Assembly.GetName().Name, abstractions);
        }
        Assert.All(abstractions, name => Assert.Matches(@"^Microsoft\.Extensions\..+\.Abstractions$", name));
    }

    [Fact]
    public void Only_a_shared_assembly_newer_than_the_hosts_is_incompatible()
    {
        var torch = typeof(Tensor).Assembly.GetName();
        var newerTorch = new AssemblyName($"{torch.Name}, Version={torch.Version!.Major + 1}.0.0.0");

        Assert.Equal(
            $"built against Lottery.Torch {newerTorch.Version}, but this host provides {torch.Version}, which every plugin shares " +
            "(plugins built against it or an older version load); rebuild the plugin against this host",
            SharedAssemblies.Incompatibility(newerTorch));
        Assert.Contains("built against Microsoft.Extensions.Logging.Abstractions 99.0.0.0",
            SharedAssemblies.Incompatibility(new AssemblyName("Microsoft.Extensions.Logging.Abstractions, Version=99.0.0.0")));
        Assert.Null(SharedAssemblies.Incompatibility(torch));
        Assert.Null(SharedAssemblies.Incompatibility(new AssemblyName("Microsoft.Extensions.DependencyInjection.Abstractions, Version=8.0.0.0")));
        Assert.Null(SharedAssemblies.Incompatibility(new AssemblyName("Helper.Library, Version=99.0.0.0")));
    }

    private static string Beside(string assemblyPath, string fileName) => Path.Combine(Path.GetDirectoryName(assemblyPath)!, fileName);

    // Read from metadata, so the check itself loads nothing.
    private static AssemblyName ReferenceTo(string assemblyPath, string referenceName)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
            .Single(r => metadata.GetString(r.Name) == referenceName).GetAssemblyName();
    }
}
