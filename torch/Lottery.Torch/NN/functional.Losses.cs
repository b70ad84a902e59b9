using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Cross entropy of logits (N, C) against class indices (N) or class probabilities (N, C),
            /// with optional class weights and label smoothing, as torch.nn.functional.cross_entropy.
            /// </summary>
            public static Tensor cross_entropy(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100,
                Reduction reduction = Reduction.Mean, double label_smoothing = 0)
            {
                if (label_smoothing is < 0 or > 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(label_smoothing), label_smoothing, "label smoothing must be in [0, 1]");
                }
                return Tensor.Wrap(NativeMethods.lt_cross_entropy(input.Handle, target.Handle, weight?.Handle ?? IntPtr.Zero,
                    (long)reduction, ignore_index, label_smoothing));
            }

            /// <summary>Negative log likelihood of log-probabilities (N, C) against class indices (N).</summary>
            public static Tensor nll_loss(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100,
                Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(NativeMethods.lt_nll_loss(input.Handle, target.Handle, weight?.Handle ?? IntPtr.Zero, (long)reduction, ignore_index));

            public static Tensor mse_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(NativeMethods.lt_mse_loss(input.Handle, target.Handle, (long)reduction));
        }
    }
}
