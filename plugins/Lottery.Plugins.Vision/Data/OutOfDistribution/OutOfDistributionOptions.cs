using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// The out-of-distribution test sets of an image dataset: corruption types x severities, each a set named
/// "&lt;corruption&gt;/&lt;severity&gt;". Built in (computed from the test images, seeded, and kept), or read from a
/// CIFAR-10-C style folder. Part of every image dataset's options. These settings change what is evaluated, not
/// what is trained, so they are left out of the options' JSON and with it out of the IMP run's identity: changing
/// them keeps the trained levels (the pools stage, which measures these sets, notes them itself).
/// </summary>
public class OutOfDistributionOptions : IValidatableObject
{
    /// <summary>
    /// Which corruptions; empty: all of them (the built-in gaussian_noise, shot_noise, impulse_noise, defocus_blur,
    /// contrast, brightness and pixelate, or every .npy file of CorruptedDirectory).
    /// </summary>
    [JsonIgnore]
    public List<string> Corruptions { get; set; } = new();

    /// <summary>Which severities, 1 (mild) to 5 (strong); empty: all five.</summary>
    [JsonIgnore]
    public List<int> Severities { get; set; } = new();

    /// <summary>
    /// Images per corruption and severity: the first ones of the test split (or of each severity's block of a
    /// CIFAR-10-C file). 0: no out-of-distribution sets. The default keeps evaluation quick.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "expected an image count, 0 for no out-of-distribution sets")]
    [JsonIgnore]
    public int CorruptedImages { get; set; } = 1000;

    /// <summary>
    /// A folder in the CIFAR-10-C / CIFAR-100-C layout (&lt;corruption&gt;.npy: uint8 images (5 x N, H, W, C), severity
    /// 1 first; labels.npy), read instead of the built-in corruptions; unset: the built-in ones.
    /// </summary>
    [JsonIgnore]
    public string? CorruptedDirectory { get; set; }

    [JsonIgnore]
    public IReadOnlyList<int> SeverityLevels => Severities.Count == 0 ? [1, 2, 3, 4, 5] : Severities.Distinct().Order().ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Severities.Any(s => s is < 1 or > 5)) yield return new ValidationResult("expected severities from 1 to 5", [nameof(Severities)]);
        if (string.IsNullOrWhiteSpace(CorruptedDirectory))
        {
            var unknown = Corruptions.FirstOrDefault(name => BuiltInCorruptions.Find(name) is null);
            if (unknown != null)
            {
                yield return new ValidationResult(
                    $"'{unknown}' is not a built-in corruption: expected some of {string.Join(", ", BuiltInCorruptions.Names)} (or set CorruptedDirectory to read files)",
                    [nameof(Corruptions)]);
            }
        }
    }
}
