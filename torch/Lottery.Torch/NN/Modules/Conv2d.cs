using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Torch.Modules;

/// <summary>2-D convolution with a (out, in/groups, kH, kW) weight, initialised as PyTorch does.</summary>
public sealed class Conv2d : Module<Tensor, Tensor>
{
    private readonly long[] stride;
    private readonly long[] padding;
    private readonly long[] dilation;

    public Conv2d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0, long dilation = 1,
        long groups = 1, bool hasBias = true, Device? device = null, ScalarType dtype = ScalarType.Float32)
    {
        if (in_channels <= 0 || out_channels <= 0 || kernel_size <= 0 || groups <= 0 || in_channels % groups != 0 || out_channels % groups != 0)
        {
            throw new ArgumentException(
                $"Conv2d({in_channels}, {out_channels}, kernel_size={kernel_size}, groups={groups}): sizes must be positive and channels divisible by groups");
        }
        this.in_channels = in_channels;
        this.out_channels = out_channels;
        this.kernel_size = kernel_size;
        this.groups = groups;
        this.stride = [stride, stride];
        this.padding = [padding, padding];
        this.dilation = [dilation, dilation];
        using var scope = NewDisposeScope();
        register_parameter("weight", new Parameter(empty([out_channels, in_channels / groups, kernel_size, kernel_size], dtype, device)));
        register_parameter("bias", hasBias ? new Parameter(empty([out_channels], dtype, device)) : null);
        reset_parameters();
    }

    public long in_channels { get; }

    public long out_channels { get; }

    public long kernel_size { get; }

    public long groups { get; }

    public Parameter weight => get_parameter("weight")!;

    public Parameter? bias => get_parameter("bias");

    public void reset_parameters() => DefaultInitialization.Apply(weight, bias);

    public override Tensor forward(Tensor input) => functional.conv2d(input, weight, bias, stride, padding, dilation, groups);
}
