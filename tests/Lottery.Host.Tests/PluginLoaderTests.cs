using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Plugins;
using Lottery.Contracts.Pruning;
using Lottery.Host.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Lottery.Host.Tests;

/// <summary>
/// PluginLoader over real plugin assemblies (tests/plugins). Every broken plugin sits beside Good.Plugin,
/// which must load regardless: one bad folder never costs the others.
/// </summary>
public sealed class PluginLoaderTests : IDisposable
{
    private readonly PluginsFolder folder = new PluginsFolder().Add("Good.Plugin");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void GoodPluginLoadsWithItsStrategies()
    {
        var catalog = PluginLoader.Load(folder.DirectoryPath);

        Assert.Empty(catalog.Failures);
        Assert.Empty(catalog.Conflicts);
        var plugin = Assert.Single(catalog.Plugins);
        var path = folder.PathOf("Good.Plugin");
        Assert.Equal(new PluginInfo("Good.Plugin", AssemblyName.GetAssemblyName(path).Version!.ToString(), path), plugin);
        Assert.Equal(
            [(StrategyKind.Architecture, "test-two-layer"), (StrategyKind.Dataset, "test-blobs"), (StrategyKind.Pruner, "test-good")],
            catalog.Strategies.Select(s => (s.Kind, s.Name)));
        Assert.All(catalog.Strategies, s => Assert.Same(plugin, s.Plugin));

        var pruner = catalog.Find(StrategyKind.Pruner, "test-good")!;
        Assert.Equal("keeps the largest-magnitude weights of each tensor", pruner.Description);
        Assert.Equal("Lottery:Strategies:test-good", pruner.OptionsSection);
        Assert.Equal("TopMagnitudeOptions", pruner.OptionsType.Name);
        // The plugin's types live in its own load context, but the shared assemblies it asks for are the
        // host's, although its folder holds its own copies of Lottery.Torch and the DI abstractions.
        var context = AssemblyLoadContext.GetLoadContext(pruner.ImplementationType.Assembly)!;
        Assert.Equal("Good.Plugin", context.Name);
        foreach (var shared in new[] { typeof(IPruner), typeof(Tensor), typeof(IServiceCollection) }.Select(t => t.Assembly))
        {
            Assert.Same(shared, context.LoadFromAssemblyName(shared.GetName()));
        }
        Assert.Same(typeof(IPruner), pruner.ContractType);
        Assert.True(typeof(IPruner).IsAssignableFrom(pruner.ImplementationType));
        Assert.Same(typeof(IDataset), catalog.Find(StrategyKind.Dataset, "test-blobs")!.ContractType);
        Assert.Same(typeof(IArchitecture), catalog.Find(StrategyKind.Architecture, "test-two-layer")!.ContractType);
    }

    [Fact]
    public void GarbageAssemblyIsReportedAsInvalid()
    {
        folder.AddGarbage("Garbage");

        AssertOnlyFailure(PluginLoader.Load(folder.DirectoryPath), "Garbage", "not a valid .NET assembly");
    }

    [Fact]
    public void ThrowingRegistrationIsReportedAndContributesNothing()
    {
        folder.Add("Throwing.Plugin");

        var catalog = PluginLoader.Load(folder.DirectoryPath);

        AssertOnlyFailure(catalog, "Throwing.Plugin", "registration failed", "InvalidOperationException", "boom");
        // It registered test-throwing before throwing; a half-registered plugin must leave nothing behind.
        Assert.Null(catalog.Find(StrategyKind.Pruner, "test-throwing"));
    }

    [Fact]
    public void FolderWithoutItsAssemblyIsReported()
    {
        folder.AddWithoutAssembly("Empty");

        AssertOnlyFailure(PluginLoader.Load(folder.DirectoryPath), "Empty", "no Empty.dll");
    }

    [Fact]
    public void MissingDependencyIsReportedByName()
    {
        folder.Add("MissingDependency.Plugin", without: "Helper.Library.dll");

        AssertOnlyFailure(PluginLoader.Load(folder.DirectoryPath), "MissingDependency.Plugin", "Helper.Library");
    }

    [Fact]
    public void MalformedDepsJsonIsReportedByFile()
    {
        folder.Add("Duplicate.Plugin");
        var depsJson = Path.ChangeExtension(folder.PathOf("Duplicate.Plugin"), ".deps.json");
        File.WriteAllText(depsJson, "{ not json");

        AssertOnlyFailure(PluginLoader.Load(folder.DirectoryPath), "Duplicate.Plugin", "its load context could not be created", depsJson);
    }

    [Fact]
    public void PluginBuiltAgainstNewerContractsIsRejectedNamingBothVersions()
    {
        folder.Add("FutureContracts.Plugin");
        var hostContracts = typeof(ILotteryPlugin).Assembly.GetName().Version;

        AssertOnlyFailure(PluginLoader.Load(folder.DirectoryPath), "FutureContracts.Plugin",
            "built against Lottery.Contracts 2.0.0.0", $"this host provides {hostContracts}");
    }

    [Fact]
    public void DuplicateStrategyNameIsAConflictNamingBothPlugins()
    {
        folder.Add("Duplicate.Plugin");

        var catalog = PluginLoader.Load(folder.DirectoryPath);

        Assert.Empty(catalog.Failures);
        Assert.Equal(["Duplicate.Plugin", "Good.Plugin"], catalog.Plugins.Select(p => p.Name));
        var conflict = Assert.Single(catalog.Conflicts);
        Assert.Equal((StrategyKind.Pruner, "test-good"), (conflict.Kind, conflict.Name));
        Assert.Equal(["Duplicate.Plugin", "Good.Plugin"], conflict.Plugins.Select(p => p.Name));
        Assert.Contains(folder.PathOf("Duplicate.Plugin"), conflict.Message);
        Assert.Contains(folder.PathOf("Good.Plugin"), conflict.Message);
        // The contested name is unusable; Good.Plugin's other strategies are not.
        Assert.Null(catalog.Find(StrategyKind.Pruner, "test-good"));
        Assert.NotNull(catalog.Find(StrategyKind.Dataset, "test-blobs"));
    }

    [Fact]
    public void UnloadedPluginContextIsCollected()
    {
        var context = LoadGoodPluginAndUnloadIt();

        // Unloading finishes on a later collection, once the context's finalizers have run.
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        // A context that is not collectible is never collected, whatever refers to it.
        Assert.False(context.IsAlive, "Good.Plugin's load context is still alive after Unload and repeated collections");
    }

    [Fact]
    public void MissingPluginsDirectoryIsAnEmptyCatalog()
    {
        var catalog = PluginLoader.Load(Path.Combine(folder.DirectoryPath, "absent"));

        Assert.Empty(catalog.Plugins);
        Assert.Empty(catalog.Failures);
    }

    // Not inlined, so that no local of the calling test keeps the plugin's types, and so its context, reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference LoadGoodPluginAndUnloadIt()
    {
        var catalog = PluginLoader.Load(folder.DirectoryPath);
        var context = AssemblyLoadContext.GetLoadContext(catalog.Find(StrategyKind.Pruner, "test-good")!.ImplementationType.Assembly)!;
        Assert.True(context.IsCollectible);
        context.Unload();
        return new WeakReference(context);
    }

    private void AssertOnlyFailure(PluginCatalog catalog, string name, params string[] reasonContains)
    {
        var failure = Assert.Single(catalog.Failures);
        Assert.Equal(folder.PathOf(name), failure.Path);
        foreach (var fragment in reasonContains) Assert.Contains(fragment, failure.Reason);
        Assert.Equal("Good.Plugin", Assert.Single(catalog.Plugins).Name);
        Assert.Equal(3, catalog.Strategies.Count);
        Assert.All(catalog.Strategies, s => Assert.Equal("Good.Plugin", s.Plugin.Name));
    }
}
