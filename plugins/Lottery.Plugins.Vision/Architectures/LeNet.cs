using Lottery.Torch.Modules;
using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// LeNet-N-M of the lottery ticket papers: a fully-connected network with hidden layers of the given
/// widths and ReLU between them (LeNet-300-100 on 28x28 inputs has 266,610 parameters).
/// </summary>
public sealed class LeNet : Module<Tensor, Tensor>
{
    private readonly Sequential layers;

    public LeNet(long inputFeatures, long classes, params long[] hiddenWidths)
    {
        layers = new Sequential(Flatten());
        var width = inputFeatures;
        foreach (var hidden in hiddenWidths)
        {
            layers.append(Linear(width, hidden)).append(ReLU());
            width = hidden;
        }
        layers.append(Linear(width, classes));
        register_module("layers", layers);
    }

    public override Tensor forward(Tensor input) => layers.call(input);
}
