using Lottery.Torch.Modules;
using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// A 3x3 convolution (padding 1, so the size stays), optionally BatchNorm, then ReLU: the layer of VGG and of
/// the Conv-N networks. The conv keeps its bias even before BatchNorm, as open_lth's VGG does.
/// </summary>
public sealed class ConvUnit : Module<Tensor, Tensor>
{
    private readonly Conv2d conv;
    private readonly BatchNorm2d? norm;

    public ConvUnit(long inChannels, long outChannels, bool batchNorm)
    {
        conv = Conv2d(inChannels, outChannels, kernel_size: 3, padding: 1);
        register_module("conv", conv);
        if (!batchNorm) return;
        norm = BatchNorm2d(outChannels);
        register_module("bn", norm);
    }

    public override Tensor forward(Tensor input)
    {
        var output = conv.call(input);
        if (norm != null)
        {
            using var convolved = output;
            output = norm.call(convolved);
        }
        // In place: neither conv nor BatchNorm needs its output for the backward pass.
        return output.relu_();
    }
}
