namespace Lottery.Contracts.Architectures;

/// <summary>A residual block or a conv+BN unit: the module-name prefix of its tensors (e.g. "layer2.1.").</summary>
public sealed record NetworkBlock(string Prefix, bool Downsamples);

/// <summary>A stage of blocks between resolution changes; depth transformers move tickets block by block.</summary>
public sealed record NetworkStage(string Name, IReadOnlyList<NetworkBlock> Blocks);
