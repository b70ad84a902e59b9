using System.ComponentModel.DataAnnotations;

namespace Lottery.Plugins.Elastic;

/// <summary>Settings of the <c>block-mapping</c> transformer (section <c>Lottery:Strategies:block-mapping</c>).</summary>
public sealed class BlockMappingOptions : IValidatableObject
{
    /// <summary>
    /// <c>src:dst[,dst...];...</c>, one for every stage or one per stage separated by '|'; e.g. ResNet-32 -> ResNet-56:
    /// <c>0:0;1:1,2;2:3,4;3:5,6;4:7,8</c>. Checked against the networks when the transformer runs.
    /// </summary>
    public string Mapping { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? error = null;
        try
        {
            BlockMappingText.Parse(Mapping);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
        }
        if (error != null) yield return new ValidationResult(error, [nameof(Mapping)]);
    }
}
