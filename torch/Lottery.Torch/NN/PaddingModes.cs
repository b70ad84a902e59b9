namespace Lottery.Torch;

/// <summary>How <c>nn.functional.pad</c> fills the border.</summary>
public enum PaddingModes
{
    Constant,
    Reflect,
    Replicate,
    Circular,
}
