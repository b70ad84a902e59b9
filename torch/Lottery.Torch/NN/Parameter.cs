using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// A module's learnable tensor: a leaf that requires grad. It shares storage with the tensor it
        /// was made from, and belongs to its module, never to a dispose scope.
        /// </summary>
        public class Parameter : Tensor
        {
            public Parameter(Tensor data, bool requires_grad = true)
                : base(NativeError.CheckHandle(NativeMethods.lt_detach(data.Handle)))
            {
                DetachFromDisposeScope();
                this.requires_grad = requires_grad;
            }
        }
    }
}
