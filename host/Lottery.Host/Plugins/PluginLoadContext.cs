using System.Reflection;
using System.Runtime.Loader;

namespace Lottery.Host.Plugins;

/// <summary>
/// One collectible load context per plugin folder. The plugin's own dependencies (managed and native)
/// resolve from its folder through its .deps.json; the shared assemblies (contracts, torch binding,
/// Microsoft.Extensions abstractions) always come from the host, whatever version the plugin was built
/// against, so that their types are the host's types.
/// </summary>
internal sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(pluginPath), isCollectible: true)
{
    private readonly AssemblyDependencyResolver resolver = new(pluginPath);

    internal static bool IsShared(AssemblyName name) =>
        name.Name is { } simple &&
        (simple == "Lottery.Contracts" || simple == "Lottery.Torch" ||
         (simple.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && simple.EndsWith(".Abstractions", StringComparison.Ordinal)));

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName)) return Default.LoadFromAssemblyName(new AssemblyName(assemblyName.Name!));
        var path = resolver.ResolveAssemblyToPath(assemblyName);
        return path == null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path == null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
