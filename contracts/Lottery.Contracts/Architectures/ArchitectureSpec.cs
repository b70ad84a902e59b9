namespace Lottery.Contracts.Architectures;

/// <summary>
/// What network to build: the architecture strategy's name, a variant it understands (e.g. "300-100" for
/// LeNet, "20" for a CIFAR ResNet), and the dataset's input shape (channels, height, width) and classes.
/// </summary>
public sealed record ArchitectureSpec(string Strategy, string Variant, long[] InputShape, int Classes)
{
    public override string ToString() => $"{Strategy}-{Variant} for [{string.Join(", ", InputShape)}] -> {Classes}";
}
