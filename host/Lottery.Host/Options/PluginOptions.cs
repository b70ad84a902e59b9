using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>Lottery:Plugins: where plugin folders are found.</summary>
public sealed class PluginOptions : IValidatableObject
{
    /// <summary>The plugins folder; empty means "plugins" next to the host.</summary>
    public string Directory { get; set; } = "";

    /// <summary>When not empty, only plugin DLLs whose SHA-256 (hex) is listed are loaded.</summary>
    public List<string> AllowedSha256 { get; set; } = new();

    public string ResolveDirectory() =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(AppContext.BaseDirectory, "plugins") : Path.GetFullPath(Directory);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A folder that is not there loads no plugins, and every strategy name would then be reported as unknown.
        if (!string.IsNullOrWhiteSpace(Directory) && !System.IO.Directory.Exists(Directory))
        {
            yield return new ValidationResult(
                $"expected an existing folder holding plugin folders (<Name>/<Name>.dll), but {ResolveDirectory()} does not exist", [nameof(Directory)]);
        }
    }
}
