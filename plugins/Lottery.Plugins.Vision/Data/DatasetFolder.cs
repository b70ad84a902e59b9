namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The folder a dataset reads its files from, checked before any file is opened so that a wrong or missing
/// setting is reported as the setting (Lottery:Strategies:&lt;name&gt;:Directory) rather than as a missing file.
/// </summary>
public static class DatasetFolder
{
    /// <summary>directory, when it is set and exists.</summary>
    /// <param name="dataset">The dataset's strategy name, which names its options section.</param>
    /// <param name="hint">How to get the folder: what it must hold, or what installs it.</param>
    public static string Require(string? directory, string dataset, string hint)
    {
        var key = $"Lottery:Strategies:{dataset}:Directory";
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException($"{key} is not set: {dataset} has no default location; {hint}");
        }
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{dataset} folder not found: {directory} (set by {key}; {hint})");
        }
        return directory;
    }
}
