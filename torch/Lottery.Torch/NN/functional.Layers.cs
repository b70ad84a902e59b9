using System.Text;
using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>torch.nn.functional: stateless layers, activations and losses.</summary>
        public static partial class functional
        {
            /// <summary>
            /// 2-D convolution. stride, padding and dilation take one value (both sides) or two
            /// (height, width), as PyTorch's int-or-tuple arguments.
            /// </summary>
            public static unsafe Tensor conv2d(Tensor input, Tensor weight, Tensor? bias = null, long[]? stride = null,
                long[]? padding = null, long[]? dilation = null, long groups = 1)
            {
                var s = Pair(stride, 1, nameof(stride));
                var p = Pair(padding, 0, nameof(padding));
                var d = Pair(dilation, 1, nameof(dilation));
                fixed (long* sp = s, pp = p, dp = d)
                {
                    return Tensor.Wrap(NativeMethods.lt_conv2d(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero, sp, pp, dp, groups));
                }
            }

            /// <summary>input @ weight.T + bias</summary>
            public static Tensor linear(Tensor input, Tensor weight, Tensor? bias = null) =>
                Tensor.Wrap(NativeMethods.lt_linear(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero));

            /// <summary>
            /// Batch normalisation. In training mode batch statistics normalise and, when given, the
            /// running statistics are updated in place: running = (1 - momentum) * running + momentum * batch
            /// (the variance with Bessel's correction). In eval mode the running statistics normalise.
            /// </summary>
            public static Tensor batch_norm(Tensor input, Tensor? running_mean, Tensor? running_var, Tensor? weight = null,
                Tensor? bias = null, bool training = false, double momentum = 0.1, double eps = 1e-5) =>
                Tensor.Wrap(NativeMethods.lt_batch_norm(input.Handle, weight?.Handle ?? IntPtr.Zero, bias?.Handle ?? IntPtr.Zero,
                    running_mean?.Handle ?? IntPtr.Zero, running_var?.Handle ?? IntPtr.Zero, training ? 1 : 0, momentum, eps));

            public static unsafe Tensor max_pool2d(Tensor input, long[] kernel_size, long[]? stride = null, long[]? padding = null,
                long[]? dilation = null, bool ceil_mode = false)
            {
                var k = Pair(kernel_size, 0, nameof(kernel_size));
                var s = stride == null ? k : Pair(stride, 0, nameof(stride));
                var p = Pair(padding, 0, nameof(padding));
                var d = Pair(dilation, 1, nameof(dilation));
                fixed (long* kp = k, sp = s, pp = p, dp = d)
                {
                    return Tensor.Wrap(NativeMethods.lt_max_pool2d(input.Handle, kp, sp, pp, dp, ceil_mode ? 1 : 0));
                }
            }

            public static unsafe Tensor avg_pool2d(Tensor input, long[] kernel_size, long[]? stride = null, long[]? padding = null,
                bool ceil_mode = false, bool count_include_pad = true)
            {
                var k = Pair(kernel_size, 0, nameof(kernel_size));
                var s = stride == null ? k : Pair(stride, 0, nameof(stride));
                var p = Pair(padding, 0, nameof(padding));
                fixed (long* kp = k, sp = s, pp = p)
                {
                    return Tensor.Wrap(NativeMethods.lt_avg_pool2d(input.Handle, kp, sp, pp, ceil_mode ? 1 : 0, count_include_pad ? 1 : 0));
                }
            }

            public static unsafe Tensor adaptive_avg_pool2d(Tensor input, long[] output_size)
            {
                var o = Pair(output_size, 1, nameof(output_size));
                fixed (long* op = o) return Tensor.Wrap(NativeMethods.lt_adaptive_avg_pool2d(input.Handle, op));
            }

            public static Tensor dropout(Tensor input, double p = 0.5, bool training = true)
            {
                if (p is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(p), p, "dropout probability must be in [0, 1]");
                return Tensor.Wrap(NativeMethods.lt_dropout(input.Handle, p, training ? 1 : 0));
            }

            /// <summary>Pads the last dimensions: pad = (left, right[, top, bottom, ...]) as in PyTorch.</summary>
            public static unsafe Tensor pad(Tensor input, long[] pad, PaddingModes mode = PaddingModes.Constant, double value = 0)
            {
                var modeName = Encoding.UTF8.GetBytes(mode.ToString().ToLowerInvariant() + "\0");
                fixed (long* pp = pad)
                fixed (byte* mp = modeName)
                {
                    return Tensor.Wrap(NativeMethods.lt_pad(input.Handle, pp, pad.Length, mp, value));
                }
            }

            public static Tensor relu(Tensor input) => input.relu();
            public static Tensor sigmoid(Tensor input) => input.sigmoid();
            public static Tensor tanh(Tensor input) => input.tanh();

            public static Tensor softmax(Tensor input, long dim) => Tensor.Wrap(NativeMethods.lt_softmax(input.Handle, dim));

            public static Tensor log_softmax(Tensor input, long dim) => Tensor.Wrap(NativeMethods.lt_log_softmax(input.Handle, dim));

            public static Tensor one_hot(Tensor labels, long num_classes = -1) => Tensor.Wrap(NativeMethods.lt_one_hot(labels.Handle, num_classes));

            // PyTorch's int-or-pair arguments: one value applies to both spatial dimensions.
            private static long[] Pair(long[]? values, long fallback, string name) => values switch
            {
                null => [fallback, fallback],
                { Length: 1 } => [values[0], values[0]],
                { Length: 2 } => values,
                _ => throw new ArgumentException($"{name} takes one or two values, got {values.Length}", name),
            };
        }
    }
}
