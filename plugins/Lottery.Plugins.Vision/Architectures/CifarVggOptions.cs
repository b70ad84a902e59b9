using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>Settings of the <c>cifar-vgg</c> architecture (section <c>Lottery:Strategies:cifar-vgg</c>).</summary>
public sealed class CifarVggOptions : IValidatableObject
{
    /// <summary>'uniform' (open_lth's default for its VGGs) or 'fixed' (all 1, as Lottery Pools' VGG-16).</summary>
    public string BatchNormInit { get; set; } = "uniform";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        OptionText.Validate<BatchNormInit>(BatchNormInit, nameof(BatchNormInit), BatchNormInits.Expected);
}
