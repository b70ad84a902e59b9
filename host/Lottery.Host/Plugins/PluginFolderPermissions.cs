namespace Lottery.Host.Plugins;

/// <summary>Who besides the owner could drop a DLL into the plugins folder (and so run code in the host).</summary>
public static class PluginFolderPermissions
{
    /// <summary>"its group", "other users", both, or null when only the owner can write.</summary>
    public static string? WritableByOthers(string directory)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(directory)) return null;
        var mode = File.GetUnixFileMode(directory);
        var group = mode.HasFlag(UnixFileMode.GroupWrite);
        var others = mode.HasFlag(UnixFileMode.OtherWrite);
        return (group, others) switch
        {
            (true, true) => "its group and other users",
            (true, false) => "its group",
            (false, true) => "other users",
            _ => null,
        };
    }
}
