using static Lottery.Torch.torch;

namespace Lottery.TestPlugins.OlderAbstractions;

/// <summary>Which weights of a tensor may stay: the plugin's own service, injected into its pruner.</summary>
public interface IKeepRule
{
    Tensor Keep(Tensor weight);
}

/// <summary>Keeps the positive weights.</summary>
public sealed class PositiveWeights : IKeepRule
{
    public Tensor Keep(Tensor weight) => weight.gt(0);
}
