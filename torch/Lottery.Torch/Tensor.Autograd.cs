using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        public bool requires_grad
        {
            get => NativeMethods.lt_requires_grad(Handle) != 0;
            set => NativeError.CheckStatus(NativeMethods.lt_set_requires_grad(Handle, value ? 1 : 0));
        }

        public Tensor requires_grad_(bool value = true)
        {
            requires_grad = value;
            return this;
        }

        public bool is_leaf => NativeMethods.lt_is_leaf(Handle) != 0;

        /// <summary>
        /// The accumulated gradient, or null before any backward pass. Each read returns a new handle
        /// to the same gradient storage (owned by the current dispose scope, like any result).
        /// Setting null clears it, as `p.grad = None`.
        /// </summary>
        public unsafe Tensor? grad
        {
            get
            {
                IntPtr result;
                NativeError.CheckStatus(NativeMethods.lt_grad(Handle, &result));
                return result == IntPtr.Zero ? null : new Tensor(result);
            }
            set => NativeError.CheckStatus(NativeMethods.lt_set_grad(Handle, value?.Handle ?? IntPtr.Zero));
        }

        /// <summary>Accumulates gradients of this tensor into the leaves; gradient is needed for non-scalars.</summary>
        public void backward(Tensor? gradient = null, bool retain_graph = false, bool create_graph = false) =>
            NativeError.CheckStatus(NativeMethods.lt_backward(Handle, gradient?.Handle ?? IntPtr.Zero,
                retain_graph ? 1 : 0, create_graph ? 1 : 0));
    }
}
