using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Lottery.Host.Options;

/// <summary>
/// Lottery:Transform: the elastic lottery ticket stage. Each transfer moves the tickets of a source IMP run (at the
/// source levels) to a target network of the same family with a ticket transformer, trains them from the rewind
/// point with the experiment's schedule, and trains the baselines on the same target at the same density. No
/// transfers: no transform stage.
/// </summary>
public sealed class TransformOptions : IValidatableObject
{
    /// <summary>The name that asks for the reinitialisation baseline (the ticket's mask, fresh weights) among the baselines.</summary>
    public const string Reinit = "reinit";

    /// <summary>The baseline that shuffles the ticket's mask (the pruning plugin's <c>random</c>): it starts from that mask, the others from a full one.</summary>
    public const string ShuffledTicket = "random";

    public List<TransferOptions> Transfers { get; set; } = new();

    /// <summary>The IMP levels of the source whose tickets are moved (each a point of the report's plot).</summary>
    public List<int> SourceLevels { get; set; } = new();

    /// <summary>Pruner strategies trained on the target at the ticket's density (random, snip, grasp, ...), and "reinit".</summary>
    public List<string> Baselines { get; set; } = new();

    /// <summary>Also run the experiment's IMP on each target, for the reference rows ("imp") at the source levels.</summary>
    public bool ImpOnTarget { get; set; }

    public bool Enabled => Transfers.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && SourceLevels.Count == 0) yield return new ValidationResult("expected at least one source level (1 or more) when there are transfers", [nameof(SourceLevels)]);
        if (SourceLevels.Any(level => level < 1)) yield return new ValidationResult("expected IMP levels of 1 or more (level 0 is the dense network, with no ticket to move)", [nameof(SourceLevels)]);
        var repeated = Baselines.GroupBy(b => b, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated != null) yield return new ValidationResult($"'{repeated.Key}' is listed twice", [nameof(Baselines)]);
        for (var i = 0; i < Transfers.Count; i++)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(Transfers[i], new ValidationContext(Transfers[i]), results, validateAllProperties: true);
            // Named by their full key; the host's message reads "<key> = (empty) is invalid: ...", which they are.
            foreach (var result in results)
            {
                yield return new ValidationResult(result.ErrorMessage, [string.Create(CultureInfo.InvariantCulture, $"{nameof(Transfers)}:{i}:{result.MemberNames.First()}")]);
            }
        }
    }
}

/// <summary>One transfer: where the tickets come from, the target depth, and the transformer that moves them.</summary>
public sealed class TransferOptions
{
    /// <summary>
    /// The source IMP run: empty for the experiment's own; a variant of the experiment's architecture ("14") for the
    /// experiment's IMP on that variant, which this stage runs or resumes; or a run directory (any path with a '/',
    /// e.g. "runs/resnet20-cifar10-0123456789ab" or "./my-run") of a finished IMP run on the experiment's dataset.
    /// </summary>
    public string Source { get; set; } = "";

    /// <summary>The variant of the experiment's architecture the tickets move to, e.g. "32".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "expected the target variant, e.g. 32")]
    public string TargetVariant { get; set; } = "";

    /// <summary>The ticket transformer strategy (see `./lottery plugins`), e.g. stretch-interpolate.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "expected a ticket-transformer strategy name, e.g. stretch-interpolate")]
    public string Transformer { get; set; } = "";

    /// <summary>Whether Source names a run directory rather than a variant.</summary>
    public bool SourceIsRunDirectory => Source.Contains('/') || Source.Contains(Path.DirectorySeparatorChar);
}
