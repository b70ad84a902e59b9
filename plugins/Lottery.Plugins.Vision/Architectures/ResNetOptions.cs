using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>Settings of the <c>resnet</c> architecture (section <c>Lottery:Strategies:resnet</c>).</summary>
public sealed class ResNetOptions : IValidatableObject
{
    /// <summary>'cifar' (3x3 conv, no max-pool: Lottery Pools' ResNet-18 on CIFAR) or 'imagenet' (7x7 conv with stride 2 and a max-pool).</summary>
    public string Stem { get; set; } = "cifar";

    /// <summary>'fixed' (all 1, as the torchvision-style code of Lottery Pools) or 'uniform' (open_lth's default).</summary>
    public string BatchNormInit { get; set; } = "fixed";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        OptionText.Validate<ResNetStem>(Stem, nameof(Stem), ResNetStems.Expected)
            .Concat(OptionText.Validate<BatchNormInit>(BatchNormInit, nameof(BatchNormInit), BatchNormInits.Expected));
}
