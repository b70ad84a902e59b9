using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>Settings of the <c>cifar-resnet</c> architecture (section <c>Lottery:Strategies:cifar-resnet</c>).</summary>
public sealed class CifarResNetOptions : IValidatableObject
{
    /// <summary>'uniform' (open_lth's default for its CIFAR ResNets, which the Elastic LTH code builds on) or 'fixed'.</summary>
    public string BatchNormInit { get; set; } = "uniform";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        OptionText.Validate<BatchNormInit>(BatchNormInit, nameof(BatchNormInit), BatchNormInits.Expected);
}
