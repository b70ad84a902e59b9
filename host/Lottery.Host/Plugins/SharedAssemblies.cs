using System.Reflection;
using Lottery.Contracts.Plugins;
using static Lottery.Torch.torch;

namespace Lottery.Host.Plugins;

/// <summary>
/// The assemblies every plugin gets from the host rather than from its own folder, whatever copies it ships,
/// so that their types are the host's: the contracts, the torch binding, and every
/// Microsoft.Extensions.*.Abstractions assembly the host can provide (DI, logging, configuration, hosting, ...),
/// since a strategy's constructor may ask the host's services for any of their types.
/// </summary>
internal static class SharedAssemblies
{
    /// <summary>The contracts and the torch binding, each named by one of its types.</summary>
    public static Type[] Types { get; } = [typeof(ILotteryPlugin), typeof(Tensor)];

    /// <summary>
    /// The Microsoft.Extensions abstractions among the host's trusted platform assemblies: the ones its default
    /// load context resolves (from the .NET and ASP.NET Core shared frameworks or beside the host), read from
    /// their files without loading them.
    /// </summary>
    public static IReadOnlyList<AssemblyName> Abstractions { get; } =
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Where(path => IsAbstractions(Path.GetFileNameWithoutExtension(path)))
        .Select(AssemblyName.GetAssemblyName)
        .ToList();

    private static readonly IReadOnlyDictionary<string, Version> HostVersions =
        Types.Select(t => t.Assembly.GetName()).Concat(Abstractions)
            .ToDictionary(name => name.Name!, name => name.Version!, StringComparer.Ordinal);

    /// <summary>
    /// Why a plugin referencing this assembly cannot have the host's copy, or null when it can. A shared
    /// assembly asked for in a newer version than the host's does not resolve to the host's copy: the plugin
    /// would get its own, whose types are not the host's.
    /// </summary>
    public static string? Incompatibility(AssemblyName reference)
    {
        if (reference.Name is not { } name || reference.Version is not { } built) return null;
        if (!HostVersions.TryGetValue(name, out var provided) || built <= provided) return null;
        return $"built against {name} {built}, but this host provides {provided}, which every plugin shares " +
               "(plugins built against it or an older version load); rebuild the plugin against this host";
    }

    private static bool IsAbstractions(string simpleName) =>
        simpleName.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && simpleName.EndsWith(".Abstractions", StringComparison.Ordinal);
}
