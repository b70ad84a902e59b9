namespace Lottery.Plugins.Elastic;

/// <summary><c>stretch-append</c>: B0 B1 B2 -> B0 B1 B2 B1 B2.</summary>
public sealed class StretchAppendTransformer() : GeneratedMappingTransformer(Name, GeneratedMappings.StretchAppend)
{
    public const string Name = "stretch-append";
}

/// <summary><c>stretch-interpolate</c>: B0 B1 B2 -> B0 B1 B1 B2 B2 (the paper's ResNet-32 -> ResNet-56 mapping).</summary>
public sealed class StretchInterpolateTransformer() : GeneratedMappingTransformer(Name, GeneratedMappings.StretchInterpolate)
{
    public const string Name = "stretch-interpolate";
}

/// <summary><c>squeeze-last</c>: B0 B1 B2 B3 B4 -> B0 B1 B2.</summary>
public sealed class SqueezeLastTransformer() : GeneratedMappingTransformer(Name, GeneratedMappings.SqueezeLast)
{
    public const string Name = "squeeze-last";
}

/// <summary><c>squeeze-interleave</c>: B0 B1 B2 B3 B4 -> B0 B1 B3.</summary>
public sealed class SqueezeInterleaveTransformer() : GeneratedMappingTransformer(Name, GeneratedMappings.SqueezeInterleave)
{
    public const string Name = "squeeze-interleave";
}

/// <summary>The options of a named strategy: it has none, its mapping follows from the depths.</summary>
public sealed class NamedTransformerOptions;
