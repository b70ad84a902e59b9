using Lottery.Torch.Modules;
using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// The basic residual block of both ResNet families: relu(bn2(conv2(relu(bn1(conv1(x))))) + shortcut(x)), two
/// 3x3 convs without bias, the first with the block's stride. The shortcut is the identity, or a 1x1 conv with
/// the stride and BatchNorm ("shortcut.conv", "shortcut.bn") where the shape changes, as open_lth and torchvision.
/// </summary>
public sealed class BasicBlock : Module<Tensor, Tensor>
{
    private readonly Conv2d conv1;
    private readonly BatchNorm2d bn1;
    private readonly Conv2d conv2;
    private readonly BatchNorm2d bn2;
    private readonly Sequential? shortcut;

    public BasicBlock(long inChannels, long outChannels, long stride)
    {
        conv1 = Conv2d(inChannels, outChannels, kernel_size: 3, stride: stride, padding: 1, hasBias: false);
        bn1 = BatchNorm2d(outChannels);
        conv2 = Conv2d(outChannels, outChannels, kernel_size: 3, padding: 1, hasBias: false);
        bn2 = BatchNorm2d(outChannels);
        register_module("conv1", conv1);
        register_module("bn1", bn1);
        register_module("conv2", conv2);
        register_module("bn2", bn2);
        if (stride == 1 && inChannels == outChannels) return;
        shortcut = Sequential(
            ("conv", Conv2d(inChannels, outChannels, kernel_size: 1, stride: stride, hasBias: false)),
            ("bn", BatchNorm2d(outChannels)));
        register_module("shortcut", shortcut);
    }

    /// <summary>Whether the shortcut is a conv: the block changes the shape, and its tensors fit no other block of its stage.</summary>
    public bool HasShortcutConv => shortcut != null;

    public override Tensor forward(Tensor input)
    {
        // Intermediates are freed as soon as they are consumed; autograd keeps what it needs natively.
        // The in-place add and ReLUs are safe: BatchNorm's backward needs its input, not its output.
        using var hidden = Normalized(conv1, bn1, input).relu_();
        var output = Normalized(conv2, bn2, hidden);
        if (shortcut == null)
        {
            output.add_(input);
        }
        else
        {
            using var projected = shortcut.call(input);
            output.add_(projected);
        }
        return output.relu_();
    }

    private static Tensor Normalized(Conv2d conv, BatchNorm2d norm, Tensor input)
    {
        using var convolved = conv.call(input);
        return norm.call(convolved);
    }
}
