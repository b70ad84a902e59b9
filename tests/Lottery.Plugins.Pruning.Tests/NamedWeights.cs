using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Pruning.Tests;

/// <summary>A model that is only named weights: what a pruner looks at.</summary>
public sealed class NamedWeights : Module<Tensor, Tensor>
{
    public NamedWeights(params (string Name, Tensor Value)[] weights)
    {
        foreach (var (name, value) in weights) register_parameter(name, new Parameter(value));
    }

    public override Tensor forward(Tensor input) => throw new NotSupportedException("pruning tests never run the model");
}
