using System.Text.Json.Nodes;
using Lottery.Host.Plugins;

namespace Lottery.Host.Stages;

/// <summary>
/// What a moved ticket depends on besides the source level: the source run, the target network and the transformer
/// with its options. Its hash names the transfer's folder.
/// </summary>
public sealed record TransferDescriptor(string Source, string Target, string Transformer, JsonNode Options)
{
    public static TransferDescriptor Of(string sourceRun, string target, ResolvedStrategy transformer) =>
        new(sourceRun, target, transformer.Name, transformer.OptionsJson);
}

/// <summary>What a transform baseline's training depends on besides its transfer: the pruner's options and the kind of weights it starts from.</summary>
public sealed record BaselineDescriptor(JsonNode Options, string StartWeights);
