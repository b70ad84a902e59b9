namespace Lottery.Host.Tests;

/// <summary>
/// A temporary plugins directory laid out as the host expects (plugins/&lt;Name&gt;/&lt;Name&gt;.dll), filled
/// from the test plugins' build outputs and deleted on dispose.
/// </summary>
internal sealed class PluginsFolder : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "lottery-host-tests", Guid.NewGuid().ToString("N"));

    public PluginsFolder() => Directory.CreateDirectory(DirectoryPath);

    public string DirectoryPath => Path.Combine(root, "plugins");

    /// <summary>Where the loader looks for the plugin folder called name.</summary>
    public string PathOf(string name) => Path.Combine(DirectoryPath, name, name + ".dll");

    /// <summary>
    /// Copies a test plugin's whole build output, leaving out the files named. The output holds the
    /// plugin's own copies of shared assemblies (Lottery.Torch, the DI abstractions), as a carelessly
    /// packaged plugin's would; the host must use its own regardless.
    /// </summary>
    public PluginsFolder Add(string project, params string[] without)
    {
        var source = BuildOutputs.TestPlugin(project);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (without.Contains(relative)) continue;
            var target = Path.Combine(DirectoryPath, project, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return this;
    }

    /// <summary>A plugin folder whose &lt;Name&gt;.dll is random bytes (the same bytes every run).</summary>
    public PluginsFolder AddGarbage(string name)
    {
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);
        Directory.CreateDirectory(Path.Combine(DirectoryPath, name));
        File.WriteAllBytes(PathOf(name), bytes);
        return this;
    }

    /// <summary>A plugin folder holding a file, but no &lt;Name&gt;.dll.</summary>
    public PluginsFolder AddWithoutAssembly(string name)
    {
        Directory.CreateDirectory(Path.Combine(DirectoryPath, name));
        File.WriteAllText(Path.Combine(DirectoryPath, name, "README.txt"), "not a plugin");
        return this;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
