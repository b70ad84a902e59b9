using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    // Reductions, selection and matrix products.
    public partial class Tensor
    {
        // No optional dtype on the whole-tensor sum: C# converts a literal 0 to any enum, so sum(0) would
        // silently mean "sum as uint8" instead of "sum over dimension 0".
        public Tensor sum() => Wrap(NativeMethods.lt_sum(Handle, -1));

        public unsafe Tensor sum(long[] dims, bool keepdim = false, ScalarType? type = null)
        {
            fixed (long* p = dims) return Wrap(NativeMethods.lt_sum_dims(Handle, p, dims.Length, keepdim ? 1 : 0, type.HasValue ? (int)type.Value : -1));
        }

        public Tensor sum(long dim, bool keepdim = false) => sum([dim], keepdim);

        public Tensor mean() => Wrap(NativeMethods.lt_mean(Handle));

        public unsafe Tensor mean(long[] dims, bool keepdim = false)
        {
            fixed (long* p = dims) return Wrap(NativeMethods.lt_mean_dims(Handle, p, dims.Length, keepdim ? 1 : 0));
        }

        public Tensor mean(long dim, bool keepdim = false) => mean([dim], keepdim);

        public unsafe Tensor var(long[] dims, bool unbiased = true, bool keepdim = false)
        {
            fixed (long* p = dims) return Wrap(NativeMethods.lt_var_dims(Handle, p, dims.Length, unbiased ? 1 : 0, keepdim ? 1 : 0));
        }

        public Tensor max() => Wrap(NativeMethods.lt_max(Handle));

        public Tensor min() => Wrap(NativeMethods.lt_min(Handle));

        public unsafe (Tensor values, Tensor indexes) max(long dim, bool keepdim = false)
        {
            var pair = stackalloc IntPtr[2];
            NativeError.CheckStatus(NativeMethods.lt_max_dim(Handle, dim, keepdim ? 1 : 0, pair));
            return (new Tensor(pair[0]), new Tensor(pair[1]));
        }

        public unsafe (Tensor values, Tensor indexes) min(long dim, bool keepdim = false)
        {
            var pair = stackalloc IntPtr[2];
            NativeError.CheckStatus(NativeMethods.lt_min_dim(Handle, dim, keepdim ? 1 : 0, pair));
            return (new Tensor(pair[0]), new Tensor(pair[1]));
        }

        public Tensor argmax() => Wrap(NativeMethods.lt_argmax(Handle, 0, 0, 0));

        public Tensor argmax(long dim, bool keepdim = false) => Wrap(NativeMethods.lt_argmax(Handle, 1, dim, keepdim ? 1 : 0));

        public Tensor argmin() => Wrap(NativeMethods.lt_argmin(Handle, 0, 0, 0));

        public Tensor argmin(long dim, bool keepdim = false) => Wrap(NativeMethods.lt_argmin(Handle, 1, dim, keepdim ? 1 : 0));

        /// <summary>The p-norm of all elements (p = 2 by default).</summary>
        public Tensor norm(double p = 2) => Wrap(NativeMethods.lt_norm(Handle, p));

        public unsafe Tensor norm(long[] dims, double p = 2, bool keepdim = false)
        {
            fixed (long* d = dims) return Wrap(NativeMethods.lt_norm_dims(Handle, p, d, dims.Length, keepdim ? 1 : 0));
        }

        public Tensor count_nonzero() => Wrap(NativeMethods.lt_count_nonzero(Handle));

        public unsafe Tensor count_nonzero(params long[] dims)
        {
            fixed (long* p = dims) return Wrap(NativeMethods.lt_count_nonzero_dims(Handle, p, dims.Length));
        }

        public Tensor all() => Wrap(NativeMethods.lt_all(Handle));

        public Tensor any() => Wrap(NativeMethods.lt_any(Handle));

        public unsafe (Tensor values, Tensor indexes) topk(long k, long dim = -1, bool largest = true, bool sorted = true)
        {
            var pair = stackalloc IntPtr[2];
            NativeError.CheckStatus(NativeMethods.lt_topk(Handle, k, dim, largest ? 1 : 0, sorted ? 1 : 0, pair));
            return (new Tensor(pair[0]), new Tensor(pair[1]));
        }

        /// <summary>The k-th smallest element (1-based k) along dim, with its index.</summary>
        public unsafe (Tensor values, Tensor indexes) kthvalue(long k, long dim = -1, bool keepdim = false)
        {
            var pair = stackalloc IntPtr[2];
            NativeError.CheckStatus(NativeMethods.lt_kthvalue(Handle, k, dim, keepdim ? 1 : 0, pair));
            return (new Tensor(pair[0]), new Tensor(pair[1]));
        }

        public unsafe (Tensor values, Tensor indexes) sort(long dim = -1, bool descending = false, bool stable = false)
        {
            var pair = stackalloc IntPtr[2];
            NativeError.CheckStatus(NativeMethods.lt_sort(Handle, dim, descending ? 1 : 0, stable ? 1 : 0, pair));
            return (new Tensor(pair[0]), new Tensor(pair[1]));
        }

        public Tensor argsort(long dim = -1, bool descending = false) => Wrap(NativeMethods.lt_argsort(Handle, dim, descending ? 1 : 0));

        public Tensor cumsum(long dim) => Wrap(NativeMethods.lt_cumsum(Handle, dim));

        public Tensor matmul(Tensor other) => Wrap(NativeMethods.lt_matmul(Handle, other.Handle));

        public Tensor mm(Tensor other) => Wrap(NativeMethods.lt_mm(Handle, other.Handle));

        /// <summary>beta * this + alpha * (a @ b)</summary>
        public Tensor addmm(Tensor a, Tensor b, double beta = 1, double alpha = 1) =>
            Wrap(NativeMethods.lt_addmm(Handle, a.Handle, b.Handle, ((Scalar)beta).Value, ((Scalar)alpha).Value));
    }
}
