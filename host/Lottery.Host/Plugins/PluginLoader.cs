using System.Reflection;
using Lottery.Contracts.Plugins;
using PluginContext = McMaster.NETCore.Plugins.PluginLoader;

namespace Lottery.Host.Plugins;

/// <summary>
/// Loads every plugin folder under the plugins directory: <c>plugins/&lt;Name&gt;/&lt;Name&gt;.dll</c> with its
/// dependencies beside it, each into its own collectible load context (McMaster.NETCore.Plugins) that takes
/// the <see cref="SharedAssemblies"/> from the host. A folder that cannot be loaded (not an assembly, a
/// malformed .deps.json, built against incompatible contracts or a newer shared assembly, a missing dependency,
/// a registration that throws) becomes a <see cref="PluginFailure"/> naming its path and the reason, and its
/// context is unloaded; the others load.
/// </summary>
public static class PluginLoader
{
    private static readonly Version ContractsVersion = typeof(ILotteryPlugin).Assembly.GetName().Version!;

    /// <param name="directory">The plugins folder.</param>
    /// <param name="allowedSha256">When not empty, only plugin DLLs whose SHA-256 (hex) is listed load.</param>
    public static PluginCatalog Load(string directory, IReadOnlyCollection<string>? allowedSha256 = null)
    {
        var allowed = AllowList(allowedSha256);
        var catalog = new PluginCatalog(directory, allowed);
        if (!Directory.Exists(directory)) return catalog;
        foreach (var folder in Directory.GetDirectories(directory).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var path = Path.Combine(folder, name + ".dll");
            try
            {
                if (allowed != null) CheckAllowed(path, allowed);
                LoadOne(path, catalog);
            }
            catch (PluginLoadException e)
            {
                catalog.AddFailure(new PluginFailure(path, e.Message));
            }
        }
        return catalog;
    }

    /// <summary>The allow-list as the loader compares it (trimmed, lower case), or null when every DLL may load.</summary>
    internal static HashSet<string>? AllowList(IReadOnlyCollection<string>? allowedSha256) =>
        allowedSha256 is { Count: > 0 } ? allowedSha256.Select(h => h.Trim().ToLowerInvariant()).ToHashSet() : null;

    private static void LoadOne(string path, PluginCatalog catalog)
    {
        if (!File.Exists(path)) throw new PluginLoadException($"no {Path.GetFileName(path)} in {Path.GetDirectoryName(path)} (a plugin folder holds <Name>/<Name>.dll)");
        var context = CreateContext(path);
        try
        {
            var assembly = LoadAssembly(context);
            CheckContractsVersion(assembly);
            CheckSharedVersions(assembly);
            var plugin = new PluginInfo(assembly.GetName().Name!, assembly.GetName().Version?.ToString() ?? "?", path);
            var registry = new StrategyRegistry(plugin);
            CreateEntryPoint(assembly).Register(registry);
            catalog.AddPlugin(plugin, registry.Descriptors, registry.Services);
        }
        catch (Exception e) when (e is not PluginLoadException)
        {
            context.Dispose();
            throw new PluginLoadException($"registration failed: {Describe(e)}");
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    // Checked before the assembly is loaded: an unlisted DLL never runs any code in the host.
    private static void CheckAllowed(string path, IReadOnlySet<string> allowed)
    {
        if (!File.Exists(path)) return;
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        if (!allowed.Contains(hash))
        {
            throw new PluginLoadException($"its SHA-256 {hash} is not in Lottery:Plugins:AllowedSha256, so it was not loaded");
        }
    }

    // The library wants an absolute path; the failure report keeps the path as the plugins folder gave it.
    private static PluginContext CreateContext(string path)
    {
        try
        {
            return PluginContext.CreateFromAssemblyFile(Path.GetFullPath(path), isUnloadable: true, sharedTypes: SharedAssemblies.Types,
                config => { foreach (var name in SharedAssemblies.Abstractions) config.SharedAssemblies.Add(name); });
        }
        catch (Exception e)
        {
            // The context reads the plugin's .deps.json as it is created: a malformed one costs this folder only.
            throw new PluginLoadException($"its load context could not be created: {Describe(e)}");
        }
    }

    private static Assembly LoadAssembly(PluginContext context)
    {
        try
        {
            return context.LoadDefaultAssembly();
        }
        catch (BadImageFormatException e)
        {
            throw new PluginLoadException($"not a valid .NET assembly ({e.Message})");
        }
    }

    private static void CheckContractsVersion(Assembly assembly)
    {
        var referenced = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "Lottery.Contracts");
        if (referenced?.Version == null) throw new PluginLoadException("does not reference Lottery.Contracts, so it cannot provide strategies");
        var built = referenced.Version;
        if (built.Major != ContractsVersion.Major || built.Minor > ContractsVersion.Minor)
        {
            throw new PluginLoadException(
                $"built against Lottery.Contracts {built}, but this host provides {ContractsVersion} " +
                $"(compatible: {ContractsVersion.Major}.0 to {ContractsVersion.Major}.{ContractsVersion.Minor}); rebuild the plugin against this host");
        }
    }

    // Read from the plugin's metadata before any of its types load, like the contracts check above.
    private static void CheckSharedVersions(Assembly assembly)
    {
        var reason = assembly.GetReferencedAssemblies().Select(SharedAssemblies.Incompatibility).FirstOrDefault(r => r != null);
        if (reason != null) throw new PluginLoadException(reason);
    }

    private static ILotteryPlugin CreateEntryPoint(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new PluginLoadException($"its types could not be loaded: {Describe(e)}");
        }
        var entryPoints = types.Where(t => typeof(ILotteryPlugin).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
        if (entryPoints.Count != 1)
        {
            throw new PluginLoadException(entryPoints.Count == 0
                ? "no public class implements Lottery.Contracts.Plugins.ILotteryPlugin"
                : $"more than one class implements ILotteryPlugin: {string.Join(", ", entryPoints.Select(t => t.FullName))}");
        }
        return (ILotteryPlugin)(Activator.CreateInstance(entryPoints[0])
            ?? throw new PluginLoadException($"{entryPoints[0].FullName} could not be created"));
    }

    private static string Describe(Exception e)
    {
        var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
        var loaderErrors = inner is ReflectionTypeLoadException rtl
            ? string.Join("; ", rtl.LoaderExceptions.Where(x => x != null).Select(x => x!.Message).Distinct())
            : inner.Message;
        return $"{inner.GetType().Name}: {loaderErrors}";
    }

    private sealed class PluginLoadException(string message) : Exception(message);
}
