using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.TestPlugins.OlderAbstractions;

/// <summary>Keeps each surviving weight the injected rule approves; the target density is not its concern.</summary>
public sealed class KeepRulePruner : IPruner
{
    private readonly IKeepRule rule;

    // The factory always hands a strategy its bound options; this one has no settings to read.
    public KeepRulePruner(IKeepRule rule, NoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.rule = rule;
    }

    public Mask Prune(PruningContext context)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var weights = context.Model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        return new Mask(context.Current.Tensors.Select(pair => KeyValuePair.Create(pair.Key, rule.Keep(weights[pair.Key]).logical_and(pair.Value))));
    }
}
