using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Torch.Modules;

public sealed class MaxPool2d(long kernel_size, long? stride = null, long padding = 0, long dilation = 1, bool ceil_mode = false)
    : Module<Tensor, Tensor>
{
    public override Tensor forward(Tensor input) =>
        functional.max_pool2d(input, [kernel_size], [stride ?? kernel_size], [padding], [dilation], ceil_mode);
}

public sealed class AvgPool2d(long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false, bool count_include_pad = true)
    : Module<Tensor, Tensor>
{
    public override Tensor forward(Tensor input) =>
        functional.avg_pool2d(input, [kernel_size], [stride ?? kernel_size], [padding], ceil_mode, count_include_pad);
}

public sealed class AdaptiveAvgPool2d(long output_height, long output_width) : Module<Tensor, Tensor>
{
    public override Tensor forward(Tensor input) => functional.adaptive_avg_pool2d(input, [output_height, output_width]);
}
