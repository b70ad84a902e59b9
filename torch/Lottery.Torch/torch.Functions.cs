using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    // Functions over several tensors, and function forms of common tensor methods.

    public static unsafe Tensor cat(IReadOnlyList<Tensor> tensors, long dim = 0)
    {
        var handles = Handles(tensors);
        fixed (IntPtr* p = handles) return Tensor.Wrap(NativeMethods.lt_cat(p, handles.Length, dim));
    }

    public static unsafe Tensor stack(IReadOnlyList<Tensor> tensors, long dim = 0)
    {
        var handles = Handles(tensors);
        fixed (IntPtr* p = handles) return Tensor.Wrap(NativeMethods.lt_stack(p, handles.Length, dim));
    }

    public static Tensor where(Tensor condition, Tensor a, Tensor b) => a.where(condition, b);

    public static Tensor where(Tensor condition, Tensor a, Scalar b) => a.where(condition, b);

    public static Tensor matmul(Tensor a, Tensor b) => a.matmul(b);

    public static Tensor mm(Tensor a, Tensor b) => a.mm(b);

    public static Tensor addmm(Tensor self, Tensor a, Tensor b, double beta = 1, double alpha = 1) => self.addmm(a, b, beta, alpha);

    public static Tensor maximum(Tensor a, Tensor b) => a.maximum(b);

    public static Tensor minimum(Tensor a, Tensor b) => a.minimum(b);

    public static Tensor clamp(Tensor t, Scalar? min = null, Scalar? max = null) => t.clamp(min, max);

    public static Tensor masked_select(Tensor t, Tensor mask) => t.masked_select(mask);

    public static Tensor count_nonzero(Tensor t) => t.count_nonzero();

    public static (Tensor values, Tensor indexes) topk(Tensor t, long k, long dim = -1, bool largest = true, bool sorted = true) =>
        t.topk(k, dim, largest, sorted);

    public static (Tensor values, Tensor indexes) kthvalue(Tensor t, long k, long dim = -1, bool keepdim = false) =>
        t.kthvalue(k, dim, keepdim);

    public static (Tensor values, Tensor indexes) sort(Tensor t, long dim = -1, bool descending = false) => t.sort(dim, descending);

    public static Tensor flatten(Tensor t, long start_dim = 0, long end_dim = -1) => t.flatten(start_dim, end_dim);

    public static Tensor index_select(Tensor t, long dim, Tensor index) => t.index_select(dim, index);

    public static Tensor gather(Tensor t, long dim, Tensor index) => t.gather(dim, index);

    public static Tensor[] chunk(Tensor t, long chunks, long dim = 0) => t.chunk(chunks, dim);

    public static Tensor narrow(Tensor t, long dim, long start, long length) => t.narrow(dim, start, length);

    internal static IntPtr[] Handles(IReadOnlyList<Tensor> tensors)
    {
        var handles = new IntPtr[tensors.Count];
        for (var i = 0; i < handles.Length; i++) handles[i] = tensors[i].Handle;
        return handles;
    }
}
