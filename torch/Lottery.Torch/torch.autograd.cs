using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    public static class autograd
    {
        /// <summary>
        /// Gradients of outputs with respect to inputs, returned rather than accumulated into .grad.
        /// With create_graph the result is itself differentiable (Hessian-vector products, GraSP).
        /// An entry is null where an input is unused and allow_unused is set.
        /// </summary>
        public static unsafe Tensor?[] grad(IReadOnlyList<Tensor> outputs, IReadOnlyList<Tensor> inputs,
            IReadOnlyList<Tensor?>? grad_outputs = null, bool retain_graph = false, bool create_graph = false,
            bool allow_unused = false)
        {
            var outs = Handles(outputs);
            var ins = Handles(inputs);
            IntPtr[]? gradOuts = null;
            if (grad_outputs != null)
            {
                if (grad_outputs.Count != outputs.Count)
                {
                    throw new ArgumentException($"grad_outputs has {grad_outputs.Count} entries but there are {outputs.Count} outputs");
                }
                gradOuts = grad_outputs.Select(g => g?.Handle ?? IntPtr.Zero).ToArray();
            }
            var results = new IntPtr[ins.Length];
            fixed (IntPtr* o = outs)
            fixed (IntPtr* i = ins)
            fixed (IntPtr* g = gradOuts)
            fixed (IntPtr* r = results)
            {
                NativeError.CheckStatus(NativeMethods.lt_autograd_grad(o, outs.Length, i, ins.Length, g,
                    retain_graph || create_graph ? 1 : 0, create_graph ? 1 : 0, allow_unused ? 1 : 0, r));
            }
            return results.Select(h => h == IntPtr.Zero ? null : new Tensor(h)).ToArray();
        }
    }
}
