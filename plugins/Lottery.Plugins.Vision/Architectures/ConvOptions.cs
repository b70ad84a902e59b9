using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>Settings of the <c>conv</c> architecture (section <c>Lottery:Strategies:conv</c>).</summary>
public sealed class ConvOptions : IValidatableObject
{
    /// <summary>BatchNorm after every conv: not in Frankle &amp; Carbin's networks, but it lets them train at higher learning rates.</summary>
    public bool BatchNorm { get; set; }

    /// <summary>Where <see cref="BatchNorm"/> is on: 'fixed' (all 1, PyTorch's default) or 'uniform' (open_lth's default).</summary>
    public string BatchNormInit { get; set; } = "fixed";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        OptionText.Validate<BatchNormInit>(BatchNormInit, nameof(BatchNormInit), BatchNormInits.Expected);
}
